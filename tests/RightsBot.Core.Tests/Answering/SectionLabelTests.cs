using RightsBot.Core.Answering;

namespace RightsBot.Core.Tests.Answering;

public class SectionLabelTests
{
    [Theory]
    [InlineData(new[] { "Section 1. Respect for the Integrity of the Person, Including Freedom from:", "c. Torture and Other Cruel", "Prison and Detention Center Conditions" }, "Section 1.c Torture and Other Cruel › Prison and Detention Center Conditions")]
    [InlineData(new[] { "Section 2. Respect for Civil Liberties, Including:", "b. Freedom of Peaceful Assembly and Association", "FREEDOM OF ASSEMBLY" }, "Section 2.b Freedom of Peaceful Assembly and Association › Freedom of Assembly")]
    [InlineData(new[] { "Section 3. Freedom to Participate in the Political Process" }, "Section 3. Freedom to Participate in the Political Process")]
    [InlineData(new[] { "Section 6. Discrimination", "Women", "Rape and Domestic Violence" }, "Section 6. Discrimination › Women › Rape and Domestic Violence")]
    [InlineData(new[] { "EXECUTIVE SUMMARY" }, "Executive Summary")]
    public void Format_Paths_ReadAsCitations(string[] path, string expected)
        => Assert.Equal(expected, SectionLabel.Format(path));
}
