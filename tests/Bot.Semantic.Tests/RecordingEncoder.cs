using Bot.Core.Answering;

namespace Bot.Semantic.Tests;

/// <summary>
/// The real encoder, seen from the batcher's side: records each batch's size, can hold the next run until the test
/// has queued what it needs, and fails any batch holding <see cref="Poison"/>.
/// </summary>
internal sealed class RecordingEncoder(ITextEncoder real) : ITextEncoder
{
    public const string Poison = "a text this encoder cannot take";

    private readonly List<int> _batches = [];
    private Func<bool>? _hold;

    public int Dimensions => real.Dimensions;

    public string Identity => real.Identity;

    public IReadOnlyList<int> Batches
    {
        get
        {
            lock (_batches)
            {
                return [.. _batches];
            }
        }
    }

    /// <summary>
    /// Holds the next run until <paramref name="condition"/> holds (30 s at most), so that requests queue behind it;
    /// the task completes once that run is held.
    /// </summary>
    public Task HoldNextRunUntil(Func<bool> condition)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = () =>
        {
            held.SetResult();
            return SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(30));
        };
        return held.Task;
    }

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        if (Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            Assert.True(hold(), "the requests were never queued");
        }

        lock (_batches)
        {
            _batches.Add(texts.Count);
        }

        return texts.Contains(Poison) ? throw new InvalidOperationException("poisoned batch") : real.Encode(texts);
    }
}
