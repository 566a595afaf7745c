using System.Reflection;
using QlikGen.Licenses;

namespace QlikGen.Sample;

/// <summary>Labels a client method with its endpoint and stability, read from the markers the generator put on it.</summary>
internal static class OperationLabel
{
    public static string Of(string methodName)
    {
        var method = typeof(ILicensesClient).GetMethod(methodName)!;
        var operation = method.GetCustomAttribute<QlikOperationAttribute>()!;
        var stability = method.GetCustomAttribute<QlikStabilityAttribute>();
        var label = $"{operation.Method,-4} {operation.Path}";
        return stability?.IsExperimental == true ? label + "  [experimental]" : label;
    }
}
