using System.Diagnostics.Metrics;
using System.Globalization;
using RightsBot.Core.Metrics;

namespace RightsBot.Adapters.Http;

/// <summary>
/// rightsbot_chat_api_errors_total{channel, code}: every 429 and 5xx a chat platform's API answers, each attempt
/// counted (a retried call that then succeeds still shows the platform's trouble). The code is the status number
/// alone; a request's path, which holds tokens and ids, is never a label.
/// </summary>
internal sealed class ChatApiMetrics
{
    private readonly Counter<long> _errors;

    public ChatApiMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _errors = meterFactory.Create(RightsBotMeter.Name)
            .CreateCounter<long>("rightsbot.chat_api.errors", "{response}", "429 and 5xx answers from Telegram's or Discord's API, by channel and status code.");
    }

    /// <summary>True for the answers counted: 429 and 500–599.</summary>
    public static bool IsCounted(int status) => status == 429 || status is >= 500 and <= 599;

    public void Count(ChatChannel channel, int status)
    {
        if (IsCounted(status))
        {
            _errors.Add(1,
                new KeyValuePair<string, object?>(RightsBotMeter.ChannelLabel, RightsBotMeter.LabelOf(channel)),
                new KeyValuePair<string, object?>("code", status.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
