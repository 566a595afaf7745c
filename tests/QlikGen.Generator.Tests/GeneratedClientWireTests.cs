using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using QlikGen.Generator.Tests.Infrastructure;
using Xunit;

namespace QlikGen.Generator.Tests;

/// <summary>
/// A client generated from a focused spec, compiled and run in-process: path, query and header parameters are typed and
/// escaped, optional bodies are left out, raw bodies pass through, "2XX" accepts any success.
/// </summary>
public sealed class GeneratedClientWireTests
{
    // Compiled together with the generated code; returns one line per request the client sent.
    private const string Driver = """
        using System.Linq;
        using System.Net;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Consumer;

        /// <summary>Calls the generated widgets client over a recording handler.</summary>
        public static class WireDriver
        {
            /// <summary>Runs the calls.</summary>
            public static async Task<string> RunAsync()
            {
                var handler = new Recorder();
                var http = new HttpClient(handler) { BaseAddress = new System.Uri("https://t.us.qlikcloud.com/") };
                var client = new QlikGen.Stability.StabilityClient(http);
                handler.Next = "{\"name\":\"w\",\"label\":\"old\"}";
                var widget = await client.GetWidgetsByWidgetIdAsync("a b/c?d", limit: 5, orphans: true, xTrace: "trace-1");
                await client.GetWidgetsByWidgetIdAsync("plain");
                handler.Status = HttpStatusCode.NoContent;
                await client.ReplaceWidgetAsync("w1");
                await client.ReplaceWidgetAsync("w1", new QlikGen.Stability.Widget { Name = "n" });
                handler.Status = HttpStatusCode.Accepted;
                await client.DeleteWidgetAsync("w1");
                handler.Status = HttpStatusCode.NoContent;
                handler.Next = "";
                var patched = await client.PatchWidgetAsync("w1", new QlikGen.Stability.Widget { Name = "p" });
                handler.Status = (HttpStatusCode)207;
                handler.Next = "{\"name\":\"partly\"}";
                var partly = await client.PatchWidgetAsync("w1", new QlikGen.Stability.Widget { Name = "p" });
                handler.Status = HttpStatusCode.OK;
                handler.Next = "a,b\n1,2\n";
                var csv = await client.ExportWidgetAsync(new System.Guid("11111111-2222-3333-4444-555555555555"), new ByteArrayContent(new byte[] { 1, 2, 3 }));
                return string.Join("\n", handler.Log) + "\npatched=" + (patched is null ? "null" : patched.Name) + "/" + partly!.Name + "\nwidget=" + widget.Name + "/" + widget.Label + "\ncsv=" + System.Text.Encoding.UTF8.GetString(csv).Replace("\n", "|");
            }

            private sealed class Recorder : HttpMessageHandler
            {
                public System.Collections.Generic.List<string> Log { get; } = new();
                public string Next { get; set; } = "{}";
                public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var body = request.Content is null ? "-" : string.Join(",", (await request.Content.ReadAsByteArrayAsync(cancellationToken)).Select(b => b < 32 || b > 126 ? b.ToString() : ((char)b).ToString()));
                    var trace = request.Headers.TryGetValues("X-Trace", out var values) ? string.Join(",", values) : "-";
                    Log.Add($"{request.Method} {request.RequestUri!.AbsoluteUri} trace={trace} type={request.Content?.Headers.ContentType?.MediaType ?? "-"} body={body}");
                    return new HttpResponseMessage(Status) { Content = new StringContent(Next) };
                }
            }
        }
        """;

    [Fact]
    public async Task ParametersAndBodiesTravelAsTheSpecSays()
    {
        var run = GeneratorHarness.Run(SpecCases.Load("stability"));
        var compilation = run.Output.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Driver, GeneratorHarness.ParseOptions));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, GeneratorRun.Describe(emitted.Diagnostics));
        var context = new AssemblyLoadContext("generated-client", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var run2 = (Task<string>)assembly.GetType("Consumer.WireDriver")!.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
            var log = (await run2).Split('\n');

            Assert.Equal(
                new[]
                {
                    "GET https://t.us.qlikcloud.com/api/v1/widgets/a%20b%2Fc%3Fd?limit=5&orphans=true trace=trace-1 type=- body=-",
                    "GET https://t.us.qlikcloud.com/api/v1/widgets/plain trace=- type=- body=-",
                    "PUT https://t.us.qlikcloud.com/api/v1/widgets/w1 trace=- type=- body=-",
                    "PUT https://t.us.qlikcloud.com/api/v1/widgets/w1 trace=- type=application/json body={,\",n,a,m,e,\",:,\",n,\",}",
                    "DELETE https://t.us.qlikcloud.com/api/v1/widgets/w1 trace=- type=- body=-",
                    "PATCH https://t.us.qlikcloud.com/api/v1/widgets/w1 trace=- type=application/json body={,\",n,a,m,e,\",:,\",p,\",}",
                    "PATCH https://t.us.qlikcloud.com/api/v1/widgets/w1 trace=- type=application/json body={,\",n,a,m,e,\",:,\",p,\",}",
                    "POST https://t.us.qlikcloud.com/api/v1/widgets/11111111-2222-3333-4444-555555555555/actions/export trace=- type=- body=1,2,3",
                    "patched=null/partly",
                    "widget=w/old",
                    "csv=a,b|1,2|",
                },
                log);
        }
        finally
        {
            context.Unload();
        }
    }
}
