using Bot.Core.Pins;
using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>
/// Turns an answer message's blocks into its pinned or unpinned form: the message keeps its quote and attribution, and
/// only the pin line and buttons change. Changed blocks get new block ids, as Slack asks for updated messages.
/// https://docs.slack.dev/reference/block-kit/blocks (block_id)
/// </summary>
internal static class SlackPinState
{
    private const string PinnedActionsBlock = SlackAnswerRenderer.ActionsBlock + "_pinned";

    /// <summary>The blocks with "📌 Pinned by @moderator" and an Unpin button.</summary>
    public static JsonArray Pinned(JsonArray blocks, SlackAnswerRef reference, PinActor pinnedBy)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(pinnedBy);
        var value = reference.Encode();
        var result = WithoutPinState(blocks);
        result.Add(SlackBlocks.Context(SlackAnswerRenderer.PinnedBlock, "📌 Pinned by " + SlackMrkdwn.User(pinnedBy.Id, pinnedBy.DisplayName)));
        result.Add(SlackBlocks.Actions(
            PinnedActionsBlock,
            SlackBlocks.Button(SlackAnswerRenderer.UnpinAction, "Unpin", value),
            SlackBlocks.Button(SlackAnswerRenderer.ContextAction, "Show context", value)));
        return result;
    }

    /// <summary>The blocks as first posted: the Pin and Show context buttons.</summary>
    public static JsonArray Unpinned(JsonArray blocks, SlackAnswerRef reference)
    {
        var result = WithoutPinState(blocks);
        result.Add(SlackAnswerRenderer.PinActions(reference));
        return result;
    }

    private static JsonArray WithoutPinState(JsonArray blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var kept = new JsonArray();
        foreach (var block in blocks)
        {
            var id = block?["block_id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? block["block_id"]!.GetValue<string>() : "";
            if (block is not null
                && !id.StartsWith(SlackAnswerRenderer.ActionsBlock, StringComparison.Ordinal)
                && !id.StartsWith(SlackAnswerRenderer.PinnedBlock, StringComparison.Ordinal))
            {
                kept.Add(block.DeepClone());
            }
        }

        return kept;
    }
}
