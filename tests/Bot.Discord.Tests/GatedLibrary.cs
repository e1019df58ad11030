using Bot.Core.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

/// <summary>The host's real articles behind a gate: "still loading" while closed, so tests can see handlers defer.</summary>
internal sealed class GatedLibrary : IArticleLibraryProvider
{
    private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IArticleLibraryProvider? _inner;

    /// <summary>Wraps the host's provider registration in a gate, closed at first.</summary>
    public static GatedLibrary Install(IServiceCollection services)
    {
        var gate = new GatedLibrary();
        var original = services.Last(d => d.ServiceType == typeof(IArticleLibraryProvider));
        services.AddSingleton<IArticleLibraryProvider>(sp =>
        {
            gate._inner = (IArticleLibraryProvider)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
            return gate;
        });
        return gate;
    }

    public void Open() => _open.TrySetResult();

    public void Close()
    {
        if (_open.Task.IsCompleted)
        {
            _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async Task<ArticleLibrary> GetAsync(CancellationToken cancellationToken = default)
    {
        await _open.Task.WaitAsync(cancellationToken);
        return await _inner!.GetAsync(cancellationToken);
    }
}
