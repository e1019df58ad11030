using Bot.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Host.Tests;

/// <summary>
/// What CI can check of compose.yaml without a Docker engine: it parses (merge keys resolved as Compose resolves them),
/// and it wires the scale-out as the README says: two replicas of the image on one PostgreSQL pinboard and one index
/// volume, each health-checked on /readyz, behind a proxy that sends to both.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly Lazy<YamlMappingNode> s_compose = new(() =>
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "compose.yaml")));
        var yaml = new YamlStream();
        yaml.Load(new MergingParser(new Parser(reader)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    });

    private static YamlMappingNode Services => Map(s_compose.Value, "services");

    [Theory]
    [InlineData("bot-1")]
    [InlineData("bot-2")]
    public void Each_replica_is_the_image_on_the_shared_PostgreSQL_pinboard_and_index_with_a_readiness_check(string name)
    {
        // Act
        var replica = Map(Services, name);
        var environment = Map(replica, "environment");

        // Assert
        Assert.Equal(".", Scalar(replica, "build"));
        Assert.Equal("Postgres", Scalar(environment, "Pins__Provider"));
        Assert.StartsWith("Host=postgres;", Scalar(environment, "Pins__ConnectionString"), StringComparison.Ordinal);
        Assert.Contains("Password=${POSTGRES_PASSWORD", Scalar(environment, "Pins__ConnectionString"), StringComparison.Ordinal);
        Assert.Equal(name, Scalar(replica, "hostname")); // the default Pins:ReplicaId
        Assert.Equal(["index:/app/index"], Strings(replica, "volumes"));
        Assert.Equal("/app/index", Scalar(environment, "Articles__IndexPath"));
        Assert.Equal(["CMD", "dotnet", "Bot.Host.dll", "healthcheck", "--url", "http://127.0.0.1:8080/readyz"], Strings(Map(replica, "healthcheck"), "test"));
        Assert.Equal("service_healthy", Scalar(Map(Map(replica, "depends_on"), "postgres"), "condition"));
    }

    [Fact]
    public void The_proxy_waits_for_both_replicas_and_sends_to_both()
    {
        // Act
        var proxy = Map(Services, "proxy");
        var nginx = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "nginx.conf"));

        // Assert
        Assert.Equal("service_healthy", Scalar(Map(Map(proxy, "depends_on"), "bot-1"), "condition"));
        Assert.Equal("service_healthy", Scalar(Map(Map(proxy, "depends_on"), "bot-2"), "condition"));
        Assert.Contains("./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro", Strings(proxy, "volumes"));
        Assert.Contains("server bot-1:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("server bot-2:8080", nginx, StringComparison.Ordinal);
        Assert.Equal("postgres:15", Scalar(Map(Services, "postgres"), "image"));
        Assert.NotNull(Map(Map(Services, "postgres"), "healthcheck"));
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode map
            ? map
            : throw new Xunit.Sdk.XunitException($"compose.yaml: '{key}' is not a mapping");

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode { Value: { } value }
            ? value
            : throw new Xunit.Sdk.XunitException($"compose.yaml: '{key}' is not a value");

    private static List<string> Strings(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode list
            ? [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")]
            : throw new Xunit.Sdk.XunitException($"compose.yaml: '{key}' is not a list");
}
