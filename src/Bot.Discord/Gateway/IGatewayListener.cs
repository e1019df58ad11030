using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>What a <see cref="GatewayConnection"/> reports while it runs.</summary>
internal interface IGatewayListener
{
    /// <summary>READY (<paramref name="resumed"/> false) or RESUMED arrived: the connection is live.</summary>
    void Established(bool resumed);

    /// <summary>An event other than READY and RESUMED. Called on the read loop: must return at once.</summary>
    void Dispatch(string type, JsonElement data);
}
