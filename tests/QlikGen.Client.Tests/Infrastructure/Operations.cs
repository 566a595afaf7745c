using System;
using System.Threading;
using System.Threading.Tasks;
using QlikGen.Licenses;

namespace QlikGen.Client.Tests;

/// <summary>The five operations by name, each called with a valid request, for theories that run over all of them.</summary>
public static class Operations
{
    public const string Add = "add";
    public const string Delete = "delete";
    public const string Update = "update";
    public const string Status = "status";
    public const string Overview = "overview";

    public static readonly string[] All = [Add, Delete, Update, Status, Overview];

    /// <summary>Calls the operation named <paramref name="operation"/>.</summary>
    public static Task InvokeAsync(ILicensesClient licenses, string operation, CancellationToken cancellationToken = default) => operation switch
    {
        Add => licenses.AddLicenseAssignmentsAsync(
            new AssignmentsActionsAddRequest { Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional }] },
            cancellationToken),
        Delete => licenses.DeleteLicenseAssignmentsAsync(
            new AssignmentsActionsDeleteRequest { Delete = [new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer }] },
            cancellationToken),
        Update => licenses.UpdateLicenseAssignmentsAsync(
            new AssignmentsActionsUpdateRequest { Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer }] },
            cancellationToken),
        Status => licenses.GetLicenseStatusAsync(cancellationToken),
        Overview => licenses.GetLicenseOverviewAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>The HTTP method of the operation.</summary>
    public static string MethodOf(string operation) => operation is Status or Overview ? "GET" : "POST";

    /// <summary>The request path of the operation, as it shows in <see cref="QlikApiException.Path"/>.</summary>
    public static string PathOf(string operation) => operation switch
    {
        Add => SeedExamples.AddPath,
        Delete => SeedExamples.DeletePath,
        Update => SeedExamples.UpdatePath,
        Status => SeedExamples.StatusPath,
        Overview => SeedExamples.OverviewPath,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>The documented success status and its seed example body.</summary>
    public static (int Status, string Body) SuccessOf(string operation) => operation switch
    {
        Add => (207, SeedExamples.AddResponse),
        Delete => (207, SeedExamples.DeleteResponse),
        Update => (207, SeedExamples.UpdateResponse),
        Status => (200, SeedExamples.StatusResponse),
        Overview => (200, SeedExamples.OverviewResponse),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
