using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace QlikGen.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files: each expected output is a checked-in <c>NAME.verified.EXT</c> file, compared exactly.
/// A mismatch or a missing file writes <c>NAME.received.EXT</c> beside it and fails; a verified file nothing produces
/// any more fails too. Set <c>QLIKGEN_ACCEPT=1</c> to accept what was received, after reading the diff.
/// </summary>
internal static class Golden
{
    public static bool Accepting => Environment.GetEnvironmentVariable("QLIKGEN_ACCEPT") == "1";

    /// <summary>Compares named outputs (<c>File.g.cs</c>, <c>diagnostics.txt</c>) with the verified files of one case folder.</summary>
    public static void VerifyFolder(string caseName, IReadOnlyDictionary<string, string> files)
    {
        var folder = Path.Combine(RepoPaths.Snapshots, caseName);
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var problem = Compare(Path.Combine(folder, Named(name, "verified")), Path.Combine(folder, Named(name, "received")), Normalize(text));
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }
        var expected = new HashSet<string>(files.Keys.Select(k => Named(k, "verified")), StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(folder, "*.verified.*").Select(f => Path.GetFileName(f)!).Where(f => !expected.Contains(f)))
        {
            if (Accepting)
            {
                File.Delete(Path.Combine(folder, stale));
            }
            else
            {
                problems.Add($"{caseName}/{stale}: verified, but no longer generated");
            }
        }
        Assert.True(problems.Count == 0, $"Golden files of '{caseName}' differ (review the .received files, then re-run with QLIKGEN_ACCEPT=1 to accept):" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    // "A.g.cs" → "A.g.verified.cs": the real extension stays last, so editors and diffs highlight the C#.
    private static string Named(string name, string kind)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? name + "." + kind : name.Substring(0, dot) + "." + kind + name.Substring(dot);
    }

    private static string? Compare(string verified, string received, string text)
    {
        if (Accepting)
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return null;
        }
        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == text)
        {
            File.Delete(received);
            return null;
        }
        File.WriteAllText(received, text);
        return File.Exists(verified)
            ? $"{Path.GetFileName(verified)}: differs, see {Path.GetFileName(received)}"
            : $"{Path.GetFileName(verified)}: missing, see {Path.GetFileName(received)}";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
