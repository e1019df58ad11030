using Bot.Core.Live;
using Bot.Discord.Interactions;

namespace Bot.Discord.Gateway;

/// <summary>Whether the Gateway connection is live (READY or RESUMED), for /readyz and the connection gauge.</summary>
internal sealed class DiscordGatewayStatus() : LiveConnectionStatus("discord gateway", DiscordQuestionMapper.Platform);
