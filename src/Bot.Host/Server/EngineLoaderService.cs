using System.Diagnostics;
using Bot.Host.Engine;
using Microsoft.Extensions.Options;

namespace Bot.Host.Server;

/// <summary>
/// Loads the seeds and the index once at start-up. The start-up check has already loaded the seeds; a failure here
/// (the folder changed since, the index cannot be written) stops the process with its reason and exit code 1.
/// Readiness turns green only after a warm-up (<see cref="EngineWarmUp"/>).
/// </summary>
internal sealed class EngineLoaderService(
    EngineHolder holder,
    IOptions<ArticlesOptions> options,
    IOptions<SearchOptions> search,
    IHostApplicationLifetime lifetime,
    ILogger<EngineLoaderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            var seeds = ContentPaths.ResolveSeeds(options.Value.Path);
            var index = ContentPaths.ResolveIndex(options.Value.IndexPath, seeds);
            var engine = BotEngine.Load(seeds, index, search.Value, message => logger.LogWarning("{Message}", message));
            var watch = Stopwatch.StartNew();
            var warmUp = EngineWarmUp.Run(engine);
            logger.LogInformation("Warmed up with {Questions} question(s) in {Ms:0} ms", warmUp, watch.Elapsed.TotalMilliseconds);
            holder.SetLoaded(engine);
            logger.LogInformation(
                "Loaded {Articles} article(s), {Paragraphs} paragraphs, {Speakers} speakers; index {How} in {Ms:0} ms; semantic {Semantic}",
                engine.Library.Articles.Count,
                engine.Library.AllParagraphs.Count(),
                engine.Library.People.Count,
                engine.IndexResult.Rebuilt ? "rebuilt" : "loaded",
                engine.IndexResult.Elapsed.TotalMilliseconds,
                engine.IndexResult.Index.IsSemantic ? "on" : "off");
        }
        catch (Exception e)
        {
            logger.LogCritical("Cannot load the articles: {Reason}", e.Message);
            holder.SetFailed(e);
            Environment.ExitCode = 1;

            // Stopping while the host is still starting cancels the other services' start (the pinboard's), and the
            // host then throws that cancellation with a stack trace: stop once it has started (at once if it has).
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
        }
    }, stoppingToken);
}
