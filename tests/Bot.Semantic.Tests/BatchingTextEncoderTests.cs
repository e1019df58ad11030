using Bot.Testing;

namespace Bot.Semantic.Tests;

public sealed class BatchingTextEncoderTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private static readonly string[] s_questions =
    [
        "what did the white house press secretary say once colombia backed down?",
        "who called the tariffs a miscalculation?",
        "what did petro say about deportation flights",
        "why did trump threaten tariffs?",
        "who is the foreign minister?",
        "what did guzman say about petro's miscalculation?",
        "did anyone mention visas",
        "what did the council on foreign relations guy say about petro",
        "who said the country would not be humiliated?",
        "what happened to the military planes?",
        "who spoke for the state department",
        "what did analysts say about the economy?",
    ];

    private readonly MiniLmTextEncoder _real = new(SharedModel.Folder);

    public void Dispose() => _real.Dispose();

    [Fact]
    public async Task Encode_ConcurrentQuestions_ShareOneRunAndGetTheVectorsEachGetsAlone()
    {
        // Arrange: the first question's run is held until the other eleven wait behind it.
        var expected = s_questions.Select(q => _real.Encode([q])[0]).ToList();
        var recording = new RecordingEncoder(_real);
        using var batching = new BatchingTextEncoder(recording, TimeSpan.FromMilliseconds(5), maxBatchSize: 16);
        var held = recording.HoldNextRunUntil(() => batching.Waiting == s_questions.Length - 1);

        // Act
        var first = Task.Run(() => batching.Encode([s_questions[0]]));
        await held.WaitAsync(s_timeout);
        var others = s_questions.Skip(1).Select(q => Task.Run(() => batching.Encode([q])));
        var vectors = (await Task.WhenAll([first, .. others]).WaitAsync(s_timeout)).Select(v => Assert.Single(v)).ToList();

        // Assert: one run for the first question, one for the eleven behind it; each vector as if encoded alone.
        Assert.Equal([1, s_questions.Length - 1], recording.Batches);
        for (var i = 0; i < s_questions.Length; i++)
        {
            Assert.Equal(expected[i].Length, vectors[i].Length);
            Assert.All(expected[i].Zip(vectors[i]), pair => Assert.Equal(pair.First, pair.Second, 1e-5f));
        }
    }

    [Fact]
    public async Task Encode_MoreWaitingThanTheMaxBatchSize_RunsBatchesOfAtMostThatSize()
    {
        // Arrange
        var recording = new RecordingEncoder(_real);
        using var batching = new BatchingTextEncoder(recording, TimeSpan.FromMilliseconds(5), maxBatchSize: 4);
        var held = recording.HoldNextRunUntil(() => batching.Waiting == 10);

        // Act: one question, then nine more and a call of two texts while its run is held.
        var first = Task.Run(() => batching.Encode([s_questions[0]]));
        await held.WaitAsync(s_timeout);
        var others = s_questions.Skip(1).Take(9).Select(q => Task.Run(() => batching.Encode([q])))
            .Append(Task.Run(() => batching.Encode([s_questions[10], s_questions[11]])));
        var results = await Task.WhenAll([first, .. others]).WaitAsync(s_timeout);

        // Assert: twelve texts in all, no run above four, the two-text call answered with two vectors.
        Assert.Equal(12, recording.Batches.Sum());
        Assert.All(recording.Batches, size => Assert.InRange(size, 1, 4));
        Assert.Equal(2, results[^1].Count);
    }

    [Fact]
    public async Task Encode_TwoRunsAllowed_RunsTheNextBatchWhileTheFirstIsStillRunning()
    {
        // Arrange: the first question's run is held until a second run has started beside it.
        var expected = s_questions.Take(5).Select(q => _real.Encode([q])[0]).ToList();
        var recording = new RecordingEncoder(_real);
        using var batching = new BatchingTextEncoder(recording, TimeSpan.FromMilliseconds(5), maxBatchSize: 8, concurrentRuns: 2);
        // The held run records its batch only once released, so any recorded batch is a second run under way.
        var held = recording.HoldNextRunUntil(() => recording.Batches.Count >= 1);

        // Act
        var first = Task.Run(() => batching.Encode([s_questions[0]]));
        await held.WaitAsync(s_timeout);
        var others = s_questions.Skip(1).Take(4).Select(q => Task.Run(() => batching.Encode([q])));
        var vectors = (await Task.WhenAll([first, .. others]).WaitAsync(s_timeout)).Select(v => Assert.Single(v)).ToList();

        // Assert: the second run began while the first was held (one runner would have waited for it: the hold fails);
        // every question got the vector it gets alone.
        Assert.Equal(5, recording.Batches.Sum());
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.All(expected[i].Zip(vectors[i]), pair => Assert.Equal(pair.First, pair.Second, 1e-5f));
        }
    }

    [Fact]
    public async Task Encode_LoneQuestionAfterAQuietSpell_DoesNotWaitOutTheWindow()
    {
        // Arrange: a window far longer than the test's timeout.
        using var batching = new BatchingTextEncoder(_real, TimeSpan.FromMinutes(10), maxBatchSize: 16);

        // Act
        var vectors = await Task.Run(() => batching.Encode([s_questions[0]])).WaitAsync(s_timeout);

        // Assert: answered, though no other question came to share its run.
        Assert.Equal(384, Assert.Single(vectors).Length);
    }

    [Fact]
    public async Task Encode_BatchThatFails_FailsOnlyTheQuestionThatCannotBeEncoded()
    {
        // Arrange: the poisoned text is queued with two good questions behind a held run.
        var recording = new RecordingEncoder(_real);
        using var batching = new BatchingTextEncoder(recording, TimeSpan.FromMilliseconds(5), maxBatchSize: 16);
        var held = recording.HoldNextRunUntil(() => batching.Waiting == 3);

        // Act
        var first = Task.Run(() => batching.Encode([s_questions[0]]));
        await held.WaitAsync(s_timeout);
        var poisoned = Task.Run(() => batching.Encode([RecordingEncoder.Poison]));
        Task<IReadOnlyList<float[]>>[] good = [Task.Run(() => batching.Encode([s_questions[1]])), Task.Run(() => batching.Encode([s_questions[2]]))];

        // Assert: only the poisoned question fails; the others are answered, and the batcher still answers afterwards.
        await Assert.ThrowsAsync<InvalidOperationException>(() => poisoned.WaitAsync(s_timeout));
        Assert.All(await Task.WhenAll([first, .. good]).WaitAsync(s_timeout), v => Assert.Single(v));
        Assert.Equal([1, 3, 1, 1, 1], recording.Batches); // the failed batch of three, then each of its questions alone
        Assert.Single(batching.Encode([s_questions[3]]));
    }

    [Fact]
    public async Task Dispose_WithQuestionsWaiting_AnswersThemAndRefusesNewOnes()
    {
        // Arrange: two questions wait behind a held run.
        var recording = new RecordingEncoder(_real);
        var batching = new BatchingTextEncoder(recording, TimeSpan.FromMilliseconds(5), maxBatchSize: 16);
        var held = recording.HoldNextRunUntil(() => batching.Waiting == 2);
        var first = Task.Run(() => batching.Encode([s_questions[0]]));
        await held.WaitAsync(s_timeout);
        var waiting = s_questions.Skip(1).Take(2).Select(q => Task.Run(() => batching.Encode([q]))).ToList();
        Assert.True(SpinWait.SpinUntil(() => batching.Waiting == 2, s_timeout));

        // Act
        batching.Dispose();

        // Assert
        Assert.All(await Task.WhenAll([first, .. waiting]).WaitAsync(s_timeout), v => Assert.Single(v));
        Assert.Throws<ObjectDisposedException>(() => batching.Encode([s_questions[3]]));
    }
}
