namespace QlikGen.Client.Tests;
public class Smoke { [Xunit.Fact] public void Types() { Xunit.Assert.NotNull(typeof(QlikGen.Licenses.LicensesClient)); } }
