namespace QlikGen.Package.Tests;

/// <summary>The generated-client contract of the generator issue, as a user's Program.cs.</summary>
internal static class ContractProgram
{
    /// <summary>The contract, verbatim: only the tenant's address and the API key come from outside.</summary>
    public const string Body = """
        var http = new HttpClient { BaseAddress = new Uri("https://your-tenant.us.qlikcloud.com") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        ILicensesClient licenses = new LicensesClient(http);

        AssignmentsActionsAddResponse added = await licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional },
                   new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer }],
        });
        foreach (var item in added.Data) Console.WriteLine($"{item.Subject} {item.Type} {item.Status} {item.Code} {item.Title}");
        await licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest { Delete = [new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer }] });
        await licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest { Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer }] });
        LicenseStatus status = await licenses.GetLicenseStatusAsync();
        LicenseOverview overview = await licenses.GetLicenseOverviewAsync(CancellationToken.None);
        Console.WriteLine($"{status.Status} {status.Type} {status.Origin} {status.Trial} {status.Product} {status.Valid}");
        foreach (var a in overview.Allotments) Console.WriteLine($"{a.Name} {a.UnitsUsed}/{a.Units} {a.Overage}");
        try { await licenses.GetLicenseStatusAsync(); }
        catch (QlikApiException ex) { Console.WriteLine($"{ex.StatusCode} {ex.Errors[0].Code} {ex.Errors[0].Title}"); }
        """;

    /// <summary>A Program.cs that runs the contract against <paramref name="tenant"/>, with the API key from QLIK_API_KEY.</summary>
    public static string For(System.Uri tenant)
        => "using QlikGen;\nusing QlikGen.Licenses;\n\nvar apiKey = Environment.GetEnvironmentVariable(\"QLIK_API_KEY\")!;\n"
            + Body.Replace("https://your-tenant.us.qlikcloud.com", tenant.GetLeftPart(System.UriPartial.Authority), System.StringComparison.Ordinal)
            + "\n";
}
