using System.Reflection;
using RightsBot.Core.Conversation;

namespace RightsBot.Core.Tests.Conversation;

public sealed class BotTextsTests
{
    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(BotTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name, (string)field.GetRawConstantValue()!);
        }

        return data;
    }

    // The adapters escape these for HTML or markdown; text that already carries markup would show it to users.
    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_IsPlainWordsWithoutMarkup(string name, string text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), name);
        Assert.Equal(text.Trim(), text);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('*', text);
        Assert.DoesNotContain('`', text);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void Texts_AtLeastTheSharedOnes_AreFound()
        => Assert.True(Texts().Count >= 10);
}
