using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Telegram.Dispatching;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Tests.Dispatching;

public sealed class UpdateDispatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly GatedHandler _handler = new();
    private readonly ConcurrentQueue<int> _handled = new();

    [Fact]
    public async Task EnqueueAsync_TwoUpdatesOfOneChat_SecondStartsOnlyAfterTheFirstFinished()
    {
        using var dispatcher = await StartAsync(workers: 4);
        _handler.Release(2);

        await EnqueueAsync(dispatcher, 1, chat: 7);
        await EnqueueAsync(dispatcher, 2, chat: 7);
        await EnqueueAsync(dispatcher, 3, chat: 8);
        await _handler.WaitStartedAsync(1);
        await _handler.WaitStartedAsync(3);
        await Task.Delay(100);

        Assert.False(_handler.HasStarted(2), "the chat's second update started while its first was still being handled");
        _handler.Release(1);
        await _handler.WaitStartedAsync(2);
        await WaitForAsync(() => _handled.Contains(2));
        Assert.Equal([1, 2], _handler.FinishOrder.Where(id => id is 1 or 2));
    }

    [Fact]
    public async Task EnqueueAsync_OneChatSlow_OtherChatsAnsweredMeanwhile()
    {
        using var dispatcher = await StartAsync(workers: 4);
        foreach (var id in new[] { 2, 3, 4, 5, 6 })
        {
            _handler.Release(id);
        }

        await EnqueueAsync(dispatcher, 1, chat: 100);
        for (var id = 2; id <= 6; id++)
        {
            await EnqueueAsync(dispatcher, id, chat: 100 + id);
        }

        await WaitForAsync(() => _handled.Count == 5);
        Assert.Equal([2, 3, 4, 5, 6], _handled.Order());
        Assert.DoesNotContain(1, _handler.FinishOrder);
        _handler.Release(1);
        await WaitForAsync(() => _handled.Contains(1));
    }

    [Fact]
    public async Task EnqueueAsync_MoreChatsThanWorkers_AtMostWorkersAtOnce()
    {
        using var dispatcher = await StartAsync(workers: 3);
        for (var id = 1; id <= 6; id++)
        {
            await EnqueueAsync(dispatcher, id, chat: id);
        }

        await Task.WhenAll(_handler.WaitStartedAsync(1), _handler.WaitStartedAsync(2), _handler.WaitStartedAsync(3));
        await Task.Delay(100);
        Assert.False(_handler.HasStarted(4), "a fourth update started with three workers busy");

        _handler.Release(2);
        await _handler.WaitStartedAsync(4);
        for (var id = 1; id <= 6; id++)
        {
            _handler.Release(id);
        }

        await WaitForAsync(() => _handled.Count == 6);
        Assert.Equal(3, _handler.MostAtOnce);
    }

    [Fact]
    public async Task EnqueueAsync_ManyChatsInterleaved_EachChatInOrderAndEveryUpdateOnce()
    {
        const int chats = 6;
        const int perChat = 25;
        using var dispatcher = await StartAsync(workers: 4);
        for (var id = 1; id <= chats * perChat; id++)
        {
            _handler.Release(id);
        }

        for (var id = 1; id <= chats * perChat; id++)
        {
            await EnqueueAsync(dispatcher, id, chat: id % chats);
        }

        await WaitForAsync(() => _handled.Count == chats * perChat);
        Assert.Equal(Enumerable.Range(1, chats * perChat), _handled.Order());
        var started = _handler.StartOrder;
        for (var chat = 0; chat < chats; chat++)
        {
            var ofChat = started.Where(id => id % chats == chat).ToList();
            Assert.Equal(ofChat.Order(), ofChat);
        }
    }

    [Fact]
    public async Task TryEnqueue_Full_FalseUntilAnUpdateIsHandled()
    {
        using var dispatcher = await StartAsync(workers: 1, capacity: 2);

        Assert.True(dispatcher.TryEnqueue(Message(1, chat: 1), u => _handled.Enqueue(u.Id)));
        Assert.True(dispatcher.TryEnqueue(Message(2, chat: 2)));
        Assert.False(dispatcher.TryEnqueue(Message(3, chat: 3)));

        _handler.Release(1);
        await WaitForAsync(() => _handled.Contains(1));
        Assert.True(dispatcher.TryEnqueue(Message(4, chat: 4)));
        Assert.False(dispatcher.TryEnqueue(Message(5, chat: 5)));
        _handler.Release(2);
        _handler.Release(4);
    }

    [Fact]
    public async Task EnqueueAsync_Full_WaitsForRoomThenAccepts()
    {
        using var dispatcher = await StartAsync(workers: 2, capacity: 1);
        await EnqueueAsync(dispatcher, 1, chat: 1);

        var waiting = dispatcher.EnqueueAsync(Message(2, chat: 2)).AsTask();
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted, "an update was accepted past the capacity");

        _handler.Release(1);
        Assert.True(await waiting.WaitAsync(Patience));
        _handler.Release(2);
        await _handler.WaitStartedAsync(2);
    }

    [Theory]
    [InlineData(false, new[] { 1 })]
    [InlineData(true, new[] { 1, 2 })]
    public async Task StopAsync_OneUpdateInFlightOneWaiting_InFlightOneFinishesAndTheWaitingOneOnlyWhenAsked(bool finishWaitingOnStop, int[] expected)
    {
        using var dispatcher = await StartAsync(workers: 2, finishWaitingOnStop);
        await EnqueueAsync(dispatcher, 1, chat: 1);
        await EnqueueAsync(dispatcher, 2, chat: 1);
        await _handler.WaitStartedAsync(1);

        var stopping = dispatcher.StopAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(stopping.IsCompleted, "the stop did not wait for the update in flight");
        Assert.False(dispatcher.TryEnqueue(Message(3, chat: 3)));
        _handler.Release(1);
        _handler.Release(2);
        await stopping.WaitAsync(Patience);

        Assert.Equal(expected, _handled);
        Assert.Equal(finishWaitingOnStop, _handler.HasStarted(2));
    }

    [Fact]
    public async Task StopAccepting_PollingMode_NothingNewTakenAndTheWaitingUpdateNeverStarts()
    {
        using var dispatcher = await StartAsync(workers: 2);
        await EnqueueAsync(dispatcher, 1, chat: 1);
        await EnqueueAsync(dispatcher, 2, chat: 1);
        await _handler.WaitStartedAsync(1);

        // SIGTERM's first step, before the host's StopAsync.
        dispatcher.StopAccepting();
        _handler.Release(1);
        _handler.Release(2);
        await WaitForAsync(() => _handled.Contains(1));

        Assert.False(dispatcher.TryEnqueue(Message(3, chat: 3)));
        Assert.False(await dispatcher.EnqueueAsync(Message(4, chat: 4)));
        await dispatcher.StopAsync(CancellationToken.None).WaitAsync(Patience);
        Assert.False(_handler.HasStarted(2));
        Assert.Equal([1], _handled);
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutPasses_HandlingCancelledAndNotReportedHandled()
    {
        using var dispatcher = await StartAsync(workers: 2);
        await EnqueueAsync(dispatcher, 1, chat: 1);
        await _handler.WaitStartedAsync(1);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await dispatcher.StopAsync(timeout.Token).WaitAsync(Patience);

        await WaitForAsync(() => _handler.FinishOrder.Contains(1));
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task EnqueueAsync_HandlerThrows_CountedHandledAndTheChatGoesOn()
    {
        var seen = new ConcurrentQueue<int>();
        using var dispatcher = new UpdateDispatcher(
            (update, _) => { seen.Enqueue(update.Id); return update.Id == 1 ? throw new InvalidOperationException("boom") : Task.CompletedTask; },
            workers: 2, finishWaitingOnStop: false, NullLogger<UpdateDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);

        await dispatcher.EnqueueAsync(Message(1, chat: 5), u => _handled.Enqueue(u.Id));
        await dispatcher.EnqueueAsync(Message(2, chat: 5), u => _handled.Enqueue(u.Id));

        await WaitForAsync(() => _handled.Count == 2);
        Assert.Equal([1, 2], seen);
    }

    private static Update Message(int id, long chat) => new()
    {
        Id = id,
        Message = new Message { Id = id, Chat = new Chat { Id = chat, Type = ChatType.Private }, Text = "q" },
    };

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private async Task<UpdateDispatcher> StartAsync(int workers, bool finishWaitingOnStop = false, int capacity = UpdateDispatcher.DefaultCapacity)
    {
        var dispatcher = new UpdateDispatcher(_handler.HandleAsync, workers, finishWaitingOnStop, NullLogger<UpdateDispatcher>.Instance, capacity);
        await dispatcher.StartAsync(CancellationToken.None);
        return dispatcher;
    }

    private async Task EnqueueAsync(UpdateDispatcher dispatcher, int id, long chat)
        => Assert.True(await dispatcher.EnqueueAsync(Message(id, chat), u => _handled.Enqueue(u.Id)));
}
