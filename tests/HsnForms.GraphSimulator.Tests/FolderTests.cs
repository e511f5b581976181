using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>Folders, moves and flags: how processed mail is filed.</summary>
public sealed class FolderTests
{
    [Fact]
    public async Task A_Processed_folder_is_found_or_created_and_a_move_keeps_the_immutable_id()
    {
        await using var simulator = await Sdk.StartWith(2);
        var client = Sdk.Client(simulator);
        var id = simulator.Messages[0].Id;

        var lookup = await client.Users[simulator.Mailbox].MailFolders.GetAsync(rc => rc.QueryParameters.Filter = "displayName eq 'Processed'");
        Assert.Empty(lookup!.Value!);
        var created = await client.Users[simulator.Mailbox].MailFolders.PostAsync(new MailFolder { DisplayName = "Processed" });
        var again = await client.Users[simulator.Mailbox].MailFolders.GetAsync(rc => rc.QueryParameters.Filter = "displayName eq 'Processed'");
        Assert.Equal(created!.Id, Assert.Single(again!.Value!).Id);
        var duplicate = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].MailFolders.PostAsync(new MailFolder { DisplayName = "processed" }));
        Assert.Equal(409, duplicate.ResponseStatusCode);
        Assert.Equal("ErrorFolderExists", duplicate.Error!.Code);

        var moved = await client.Users[simulator.Mailbox].Messages[id].Move.PostAsync(new() { DestinationId = created.Id });

        Assert.Equal(id, moved!.Id);
        Assert.Equal(created.Id, moved.ParentFolderId);
        Assert.Equal(created.Id, simulator.Messages.Single(m => m.Id == id).FolderId);
        var folder = await client.Users[simulator.Mailbox].MailFolders[created.Id].GetAsync();
        Assert.Equal(1, folder!.TotalItemCount);
        var inbox = await client.Users[simulator.Mailbox].MailFolders["inbox"].GetAsync();
        Assert.Equal(1, inbox!.TotalItemCount);
        Assert.Equal("Inbox", inbox.DisplayName);

        // A display name is not an id: Graph calls it malformed.
        var byName = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages[id].Move.PostAsync(new() { DestinationId = "Processed" }));
        Assert.Equal("ErrorInvalidIdMalformed", byName.Error!.Code);
    }

    [Fact]
    public async Task PATCH_sets_categories_and_isRead_and_returns_the_updated_message_with_a_new_changeKey()
    {
        await using var simulator = await Sdk.StartWith(1);
        var client = Sdk.Client(simulator);
        var id = simulator.Messages[0].Id;
        var before = await client.Users[simulator.Mailbox].Messages[id].GetAsync();

        var after = await client.Users[simulator.Mailbox].Messages[id].PatchAsync(new Message { Categories = ["HSN: recorded", "HSN: late"], IsRead = true });

        Assert.Equal(["HSN: recorded", "HSN: late"], after!.Categories!);
        Assert.True(after.IsRead);
        Assert.NotEqual(before!.ChangeKey, after.ChangeKey);
        Assert.Equal(["HSN: recorded", "HSN: late"], simulator.Messages[0].Categories);
        var filtered = await client.Users[simulator.Mailbox].Messages.GetAsync(rc => rc.QueryParameters.Filter = "categories/any(c:c eq 'HSN: late')");
        Assert.Single(filtered!.Value!);
        var sentEdit = await Assert.ThrowsAsync<ODataError>(() => client.Users[simulator.Mailbox].Messages[id].PatchAsync(new Message { Subject = "changed" }));
        Assert.Equal("ErrorInvalidPropertyUpdateSentMessage", sentEdit.Error!.Code);
    }

    [Fact]
    public async Task Eml_files_load_with_their_Date_as_receivedDateTime()
    {
        await using var simulator = await GraphSimulator.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"graph-sim-{Guid.NewGuid():N}.eml");
        await File.WriteAllBytesAsync(path, TestMail.Form(7));
        try
        {
            var added = simulator.AddEml(path);

            Assert.Equal(TestMail.Start.AddMinutes(7), added.ReceivedAt);
            Assert.Equal("<form-7@acme-securities.example>", added.InternetMessageId);
            Assert.Equal(simulator.GetFolderId("inbox"), added.FolderId);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
