namespace QlikGen.Generator.Model;

/// <summary>One spec file as read from AdditionalFiles: its path, text and options. Equal when all three are.</summary>
/// <param name="Path">The file path, as the compiler was given it.</param>
/// <param name="Text">The whole file; <see langword="null"/> when it could not be read.</param>
/// <param name="Options">The generator options for this file.</param>
/// <param name="OptionErrors">Invalid option values, reported as diagnostics.</param>
internal sealed record SpecFile(string Path, string? Text, SpecOptions Options, EquatableArray<string> OptionErrors);
