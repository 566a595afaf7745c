namespace QlikGen.Generator.Model;

/// <summary>One generated type with the little context it needs: the unit of re-emission after a spec edit.</summary>
internal sealed record TypeOutput(string Namespace, string ApiName, RecordModel? Record, EnumModel? Enum);
