using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using QlikGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Analyzers.Tests;

/// <summary>The analyzer over the real generated Licenses client (the checked-in golden files of the generator tests).</summary>
public sealed class GeneratedLicensesClientTests
{
    private static readonly string Snapshots = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "QlikGen.Generator.Tests", "Snapshots", "licenses"));

    [Fact]
    public Task ExperimentalActionsAndDeprecatedErrorFieldsAreFlagged()
    {
        var test = Verify.AnalyzerTest("""
            using System.Threading.Tasks;
            using QlikGen.Licenses;

            class C
            {
                async Task M(ILicensesClient licenses, ErrorResponse error)
                {
                    await licenses.{|#0:AddLicenseAssignmentsAsync|}(new AssignmentsActionsAddRequest { Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }] });
                    await licenses.{|#1:DeleteLicenseAssignmentsAsync|}(new AssignmentsActionsDeleteRequest { Delete = [] });
                    await licenses.{|#2:UpdateLicenseAssignmentsAsync|}(new AssignmentsActionsUpdateRequest { Update = [] });
                    await licenses.GetLicenseStatusAsync();
                    await licenses.GetLicenseOverviewAsync();
                    _ = error.{|#3:Error|} + error.{|#4:Message|} + error.Errors.Count;
                }
            }
            """);
        test.TestState.Sources.RemoveAt(1);
        foreach (var file in Directory.GetFiles(Snapshots, "*.verified.cs").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            test.TestState.Sources.Add(("/0/" + Path.GetFileName(file).Replace(".verified.cs", ".cs"), File.ReadAllText(file)));
        }
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK001").WithLocation(0).WithMessage("'AddLicenseAssignmentsAsync' calls POST /licenses/assignments/actions/add, which is experimental in the Qlik Licenses API and may change without notice"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK001").WithLocation(1).WithMessage("'DeleteLicenseAssignmentsAsync' calls POST /licenses/assignments/actions/delete, which is experimental in the Qlik Licenses API and may change without notice"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK001").WithLocation(2).WithMessage("'UpdateLicenseAssignmentsAsync' calls POST /licenses/assignments/actions/update, which is experimental in the Qlik Licenses API and may change without notice"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK002").WithLocation(3).WithMessage("'ErrorResponse.Error' is deprecated in the Qlik Licenses API; use 'Errors' instead"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("QLIK002").WithLocation(4).WithMessage("'ErrorResponse.Message' is deprecated in the Qlik Licenses API; use 'Errors' instead"));
        return test.RunAsync();
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
