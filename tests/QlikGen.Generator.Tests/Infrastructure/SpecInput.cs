using System.Collections.Generic;

namespace QlikGen.Generator.Tests.Infrastructure;

/// <summary>A spec handed to the generator: its path, text and the item metadata the build props would set.</summary>
internal sealed record SpecInput(string Path, string Text, string? Namespace = null, string? ClientName = null, bool MarkedAsSpec = true)
{
    public IReadOnlyDictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string>();
        if (MarkedAsSpec)
        {
            metadata["build_metadata.AdditionalFiles.QlikGenSpec"] = "true";
        }
        // MSBuild passes empty metadata as an empty string, exactly like an unset Namespace attribute.
        metadata["build_metadata.AdditionalFiles.Namespace"] = Namespace ?? string.Empty;
        metadata["build_metadata.AdditionalFiles.ClientName"] = ClientName ?? string.Empty;
        return metadata;
    }
}
