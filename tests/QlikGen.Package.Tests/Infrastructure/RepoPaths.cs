using System.IO;
using System.Runtime.CompilerServices;

namespace QlikGen.Package.Tests.Infrastructure;

/// <summary>The repository, found from this file's build-time path, and the shared corpus beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", ".."));

    public static string Solution { get; } = Path.Combine(Root, "QlikGen.sln");

    public static string Corpus { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "qlik-cloud-2025-01"));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
