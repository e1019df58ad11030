using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Bot.Core.Answering;

namespace Bot.Semantic;

/// <summary>
/// Encodes questions that arrive together in one batched run of the inner encoder. A runner thread takes the
/// waiting requests, runs them as one padded batch (the attention mask keeps each text's vector what it would be
/// alone) and completes each caller, so sixteen concurrent questions cost a few runs, not sixteen, and never sixteen
/// sets of tensors at once.
/// </summary>
/// <remarks>
/// A request waits at most the window for company, and only when the run before it had company (a busy spell): a
/// lone question after a quiet spell runs at once. Requests already waiting when a run ends need no window at all.
/// With more than one runner, batches run side by side: a small model's operators do not keep two cores busy from
/// one run (measured on 2 cores, encoder only: one run at a time, 1.5–2.4 ms per question in batches of 8; two at a
/// time, 1.2–1.7 ms), so each core is better given a batch of its own.
/// </remarks>
public sealed class BatchingTextEncoder : ITextEncoder, IDisposable
{
    private readonly ITextEncoder _inner;
    private readonly TimeSpan _window;
    private readonly int _maxBatchSize;
    private readonly BlockingCollection<PendingEncode> _waiting = [];
    private readonly Thread[] _runners;
    private int _disposed;

    /// <summary>Batches calls to <paramref name="inner"/>, which this encoder then owns (and disposes).</summary>
    /// <param name="inner">The encoder that runs each batch.</param>
    /// <param name="window">How long a request may wait for others to join its batch; zero batches only what is already waiting.</param>
    /// <param name="maxBatchSize">The most texts in one run: a full batch runs without waiting out the window.</param>
    /// <param name="concurrentRuns">
    /// How many batches may run at once (the inner encoder must allow concurrent calls when this is above one).
    /// </param>
    public BatchingTextEncoder(ITextEncoder inner, TimeSpan window, int maxBatchSize, int concurrentRuns = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrentRuns, 1);
        _inner = inner;
        _window = window;
        _maxBatchSize = maxBatchSize;
        _runners = [.. Enumerable.Range(1, concurrentRuns).Select(n => new Thread(RunBatches) { IsBackground = true, Name = $"Encoder batches {n}" })];
        foreach (var runner in _runners)
        {
            runner.Start();
        }
    }

    /// <summary>Requests waiting for a run (for tests).</summary>
    internal int Waiting => _waiting.Count;

    /// <inheritdoc />
    public int Dimensions => _inner.Dimensions;

    /// <inheritdoc />
    public string Identity => _inner.Identity;

    /// <inheritdoc />
    /// <remarks>Blocks the caller until its batch has run; the texts of one call stay in one batch.</remarks>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var pending = new PendingEncode(texts);
        try
        {
            _waiting.Add(pending);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(BatchingTextEncoder));
        }

        return pending.WaitForVectors();
    }

    /// <summary>Runs what is still waiting, stops the runner, then disposes the inner encoder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _waiting.CompleteAdding();
        foreach (var runner in _runners)
        {
            runner.Join();
        }

        _waiting.Dispose();
        (_inner as IDisposable)?.Dispose();
    }

    private void RunBatches()
    {
        var busy = false;
        foreach (var first in _waiting.GetConsumingEnumerable())
        {
            var batch = Collect(first, waitForCompany: busy);
            Run(batch);
            busy = batch.Count > 1 || _waiting.Count > 0;
        }
    }

    /// <summary>The first request and those that join it: within the window when waiting for company, else those already there.</summary>
    private List<PendingEncode> Collect(PendingEncode first, bool waitForCompany)
    {
        var batch = new List<PendingEncode> { first };
        var texts = first.Texts.Count;
        while (texts < _maxBatchSize)
        {
            // The window counts from the first request's arrival: one that waited through the run before has no more
            // to wait, so a saturated encoder runs back to back.
            var left = waitForCompany ? _window - Stopwatch.GetElapsedTime(first.Queued) : TimeSpan.Zero;
            if (!_waiting.TryTake(out var next, left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                break;
            }

            if (texts + next.Texts.Count > _maxBatchSize)
            {
                // Too big to join: it runs in its own batch, right after this one.
                Run(batch);
                batch = [next];
                texts = next.Texts.Count;
                continue;
            }

            batch.Add(next);
            texts += next.Texts.Count;
        }

        return batch;
    }

    /// <summary>Encodes a batch and completes each request with its own vectors.</summary>
    private void Run(List<PendingEncode> batch)
    {
        try
        {
            var vectors = _inner.Encode(batch.Count == 1 ? batch[0].Texts : [.. batch.SelectMany(p => p.Texts)]);
            var offset = 0;
            foreach (var pending in batch)
            {
                pending.Complete(vectors.Skip(offset).Take(pending.Texts.Count).ToList());
                offset += pending.Texts.Count;
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One text the encoder cannot take must not fail the questions it was batched with: run each alone.
            _ = e;
            batch.ForEach(pending => Run([pending]));
        }
        catch (Exception e)
        {
            batch[0].Fail(e);
        }
    }

    /// <summary>One caller's texts and the vectors it waits for.</summary>
    /// <remarks>
    /// The caller waits on a monitor, not a task: a thread blocked in <c>Task.Wait</c> makes the thread pool add
    /// threads at once, and under 16 connections it grew to over 40, each with its stack and malloc arena (about
    /// 30 MB). The host sets enough minimum threads for a full batch instead.
    /// </remarks>
    private sealed class PendingEncode(IReadOnlyList<string> texts)
    {
        private readonly object _lock = new();
        private IReadOnlyList<float[]>? _vectors;
        private ExceptionDispatchInfo? _failure;

        public IReadOnlyList<string> Texts => texts;

        /// <summary>When the request was queued: it waits at most the window from then for company.</summary>
        public long Queued { get; } = Stopwatch.GetTimestamp();

        public IReadOnlyList<float[]> WaitForVectors()
        {
            lock (_lock)
            {
                while (_vectors is null && _failure is null)
                {
                    Monitor.Wait(_lock);
                }
            }

            _failure?.Throw();
            return _vectors!;
        }

        public void Complete(IReadOnlyList<float[]> vectors) => Finish(() => _vectors = vectors);

        public void Fail(Exception e) => Finish(() => _failure = ExceptionDispatchInfo.Capture(e));

        private void Finish(Action set)
        {
            lock (_lock)
            {
                set();
                Monitor.PulseAll(_lock);
            }
        }
    }
}
