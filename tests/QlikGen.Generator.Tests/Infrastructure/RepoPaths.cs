using System.IO;
using System.Runtime.CompilerServices;

namespace QlikGen.Generator.Tests.Infrastructure;

/// <summary>Where the test sources, the repository and the shared corpus are, found from this file's build-time path.</summary>
internal static class RepoPaths
{
    public static string TestProject { get; } = Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!;

    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestProject, "..", ".."));

    public static string LicensesSpec { get; } = Path.Combine(Root, "spec", "licenses.json");

    public static string Specs { get; } = Path.Combine(TestProject, "Specs");

    public static string Snapshots { get; } = Path.Combine(TestProject, "Snapshots");

    /// <summary>The 54 real Qlik Cloud specs in <c>../shared/corpus</c>, beside the repository (CI lays it there too).</summary>
    public static string Corpus { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "qlik-cloud-2025-01"));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
