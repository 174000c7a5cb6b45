namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A fact that measures rather than checks, and takes long: skipped unless the environment variable
/// RIGHTSBOT_MEASURE is set to 1, so it stays out of ./test.sh.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MeasurementFactAttribute : FactAttribute
{
    public const string Variable = "RIGHTSBOT_MEASURE";

    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"A measurement: set {Variable}=1 to run it.";
        }
    }
}
