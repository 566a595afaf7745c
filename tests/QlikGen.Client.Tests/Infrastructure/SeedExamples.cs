namespace QlikGen.Client.Tests;

/// <summary>The request (curl <c>-d</c>) and response examples of Qlik's Licenses API documentation, verbatim.</summary>
public static class SeedExamples
{
    public const string AddPath = "/api/v1/licenses/assignments/actions/add";
    public const string DeletePath = "/api/v1/licenses/assignments/actions/delete";
    public const string UpdatePath = "/api/v1/licenses/assignments/actions/update";
    public const string StatusPath = "/api/v1/licenses/status";
    public const string OverviewPath = "/api/v1/licenses/overview";

    public const string AddRequest = """{"add":[{"subject":"qlik\\kalle","type":"professional"},{"subject":"qlik\\nalle","type":"analyzer"}]}""";
    public const string DeleteRequest = """{"delete":[{"subject":"qlik\\malik","type":"analyzer"}]}""";
    public const string UpdateRequest = """{"update":[{"subject":"qlik\\malik","type":"professional","sourceType":"analyzer"}]}""";

    public const string AddResponse = """
        {
          "data": [
            {
              "subject": "string",
              "type": "string",
              "status": 0,
              "code": "string",
              "title": "string"
            }
          ]
        }
        """;

    public const string DeleteResponse = AddResponse;

    public const string UpdateResponse = """
        {
          "data": [
            {
              "subject": "string",
              "type": "string",
              "sourceType": "string",
              "status": 0,
              "code": "string",
              "title": "string"
            }
          ]
        }
        """;

    public const string StatusResponse = """
        {
          "status": "Ok",
          "valid": "string",
          "type": "Signed",
          "origin": "Internal",
          "trial": true,
          "product": "string"
        }
        """;

    public const string OverviewResponse = """
        {
          "licenseNumber": "string",
          "licenseKey": "string",
          "valid": "string",
          "status": "Ok",
          "origin": "Internal",
          "trial": true,
          "allotments": [
            {
              "name": "professional",
              "usageClass": "string",
              "unitsUsed": 0,
              "units": 0,
              "overage": 0
            }
          ],
          "product": "string",
          "parameters": [
            {
              "name": "string",
              "valid": "string",
              "values": {},
              "access": {
                "allotment": "string"
              }
            }
          ]
        }
        """;

    /// <summary>The spec's <c>errorResponse</c> example.</summary>
    public const string ErrorResponse = """
        {
          "errors": [
            {
              "code": "LICENSES-001",
              "title": "Invalid tenant",
              "detail": "the tenant of the token has no license"
            }
          ],
          "error": "util.Error",
          "message": "invalid tenant"
        }
        """;
}
