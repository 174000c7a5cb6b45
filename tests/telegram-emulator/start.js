'use strict';
// Starts the telegram-test-api Bot API emulator on 127.0.0.1 for RightsBot's end-to-end tests.
// Usage: node start.js [port] [--exit-with-stdin]   (port 0 or none: a free port). Prints "LISTENING <port>" once it accepts requests.
//
// The emulator (4.2.1) differs from the real Bot API in ways Telegram.Bot trips on; this script patches them:
//  - sendMessage results carry `date` in milliseconds: normalised to seconds.
//  - getUpdates ignores `offset` and `timeout` and returns at once: here it keeps updates until a later offset
//    confirms them and holds the request open up to `timeout` seconds (long polling), like Telegram.
//  - setWebhook answers `"result": null` (Telegram.Bot wants true) and never sends the secret token: fixed.
//  - webhook delivery to an unreachable URL rejects a promise nobody awaits, which kills Node 20: caught here.
//  - answerCallbackQuery answers null: answers true.
//  - callback_query updates lose `chat_instance` (required by the Bot API and Telegram.Bot): kept.
//  - setMyCommands, getMyCommands, sendChatAction, getWebhookInfo are missing: added; a menu is kept per
//    language_code (none: the default one), as the Bot API keeps one for each language.
//  - editMessageText answers null (Telegram.Bot wants the edited message) and keeps no history: it answers the
//    message, and every edit is kept for the tests to read from POST /botEdits {token}.
const http = require('http');
const TelegramServer = require('telegram-test-api');

const MAX_POLL_SECONDS = 50;
const port = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) || 0);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
const commands = {};

process.on('unhandledRejection', (error) => {
  console.error(`emulator: unhandled rejection: ${error && error.message}`);
});

const originalFormatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => {
  const formatted = originalFormatUpdate(update);
  if (formatted.callback_query) {
    formatted.callback_query.chat_instance = update.callbackQuery.chat_instance || String(update.callbackQuery.from.id);
  }
  return formatted;
};

const originalAddBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (rawMessage, botToken) => {
  const message = originalAddBotMessage(rawMessage, botToken);
  message.date = Math.floor(message.date / 1000);
  return message;
};

// Webhook delivery with the secret token header and without crashing on failure; updates that cannot be
// delivered are kept for getUpdates like the stock emulator keeps them when no webhook is set.
server.addUserUpdate = async function addUserUpdate(update) {
  const webhook = this.webhooks[update.botToken];
  this.updateId++;
  if (!webhook) {
    this.storage.userMessages.push(update);
    return;
  }
  const headers = { 'content-type': 'application/json' };
  if (webhook.secret_token) {
    headers['x-telegram-bot-api-secret-token'] = webhook.secret_token;
  }
  try {
    const response = await fetch(webhook.url, {
      method: 'POST', headers, body: JSON.stringify(TelegramServer.formatUpdate(update)),
    });
    webhook.lastStatus = response.status;
    if (response.status > 204) {
      console.error(`emulator: webhook answered ${response.status}`);
    }
  } catch (error) {
    webhook.lastError = String(error && error.message);
    console.error(`emulator: webhook delivery failed: ${webhook.lastError}`);
  }
};

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const query = Object.fromEntries(new URL(req.url, 'http://x').searchParams);
      if (!text) return resolve(query);
      try {
        resolve({ ...query, ...JSON.parse(text) });
      } catch {
        resolve({ ...query, ...Object.fromEntries(new URLSearchParams(text)) });
      }
    });
  });
}

function send(res, body, status = 200) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function pendingUpdates(token, offset, limit) {
  // An offset confirms every update before it, as in the Bot API.
  server.storage.userMessages = server.storage.userMessages
    .filter((u) => u.botToken !== token || u.updateId >= offset);
  return server.storage.userMessages
    .filter((u) => u.botToken === token)
    .slice(0, limit)
    .map((u) => TelegramServer.formatUpdate(u));
}

async function getUpdates(req, res, token) {
  const body = await readBody(req);
  const offset = Number(body.offset || 0);
  const limit = Math.min(Number(body.limit || 100), 100);
  const timeout = Math.min(Number(body.timeout || 0), MAX_POLL_SECONDS);
  let updates = pendingUpdates(token, offset, limit);
  if (updates.length > 0 || timeout <= 0) return send(res, { ok: true, result: updates });
  const events = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    events.forEach((e) => server.off(e, onUpdate));
    if (!res.writableEnded && !res.destroyed) {
      send(res, { ok: true, result: pendingUpdates(token, offset, limit) });
    }
  };
  const onUpdate = () => setImmediate(finish);
  const timer = setTimeout(finish, timeout * 1000);
  events.forEach((e) => server.on(e, onUpdate));
  req.on('close', () => { if (!res.writableEnded) finish(); });
}

const routes = {
  getUpdates,
  async setWebhook(req, res, token) {
    const body = await readBody(req);
    if (!body.url) return send(res, { ok: false, error_code: 400, description: 'Bad Request: url is empty' }, 400);
    server.setWebhook({ url: body.url, secret_token: body.secret_token }, token);
    send(res, { ok: true, result: true, description: 'Webhook was set' });
  },
  async getWebhookInfo(req, res, token) {
    await readBody(req);
    const webhook = server.webhooks[token];
    send(res, { ok: true, result: { url: webhook ? webhook.url : '', has_custom_certificate: false, pending_update_count: 0 } });
  },
  async getMe(req, res) {
    await readBody(req);
    send(res, { ok: true, result: { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot' } });
  },
  async answerCallbackQuery(req, res, token) {
    const body = await readBody(req);
    server.emit('AnsweredCallbackQuery', { token, ...body });
    (server.answeredCallbacks = server.answeredCallbacks || []).push({ token, ...body });
    send(res, { ok: true, result: true });
  },
  async setMyCommands(req, res, token) {
    const body = await readBody(req);
    const menus = (commands[token] = commands[token] || {});
    menus[body.language_code || ''] = typeof body.commands === 'string' ? JSON.parse(body.commands) : body.commands;
    send(res, { ok: true, result: true });
  },
  async getMyCommands(req, res, token) {
    const body = await readBody(req);
    send(res, { ok: true, result: (commands[token] || {})[body.language_code || ''] || [] });
  },
  async editMessageText(req, res, token) {
    const body = await readBody(req);
    const stored = server.storage.botMessages.find((m) => m.botToken === token
      && String(m.messageId) === String(body.message_id) && String(m.message.chat_id) === String(body.chat_id));
    if (!stored) return send(res, { ok: false, error_code: 400, description: 'Bad Request: message to edit not found' }, 400);
    stored.message = { ...stored.message, ...TelegramServer.normalizeMessage(body) };
    (server.botEdits = server.botEdits || []).push({ token, ...body });
    server.emit('EditedMessageText');
    send(res, {
      ok: true,
      result: {
        message_id: Number(body.message_id),
        date: Math.floor(stored.time / 1000),
        edit_date: Math.floor(Date.now() / 1000),
        chat: { id: Number(body.chat_id), type: 'private', first_name: 'Bot' },
        text: body.text,
        reply_markup: body.reply_markup,
      },
    });
  },
  async sendChatAction(req, res) {
    await readBody(req);
    send(res, { ok: true, result: true });
  },
};

const botPath = /^\/bot([^/]+)\/([A-Za-z]+)$/;
const front = http.createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const match = botPath.exec(path);
  if (match && Object.prototype.hasOwnProperty.call(routes, match[2])) {
    routes[match[2]](req, res, match[1]).catch((error) => send(res, { ok: false, error_code: 500, description: String(error) }, 500));
    return;
  }
  if (path === '/botEdits') {
    readBody(req).then((body) => send(res, { ok: true, result: (server.botEdits || []).filter((e) => e.token === body.token) }));
    return;
  }
  if (path === '/answeredCallbacks') {
    readBody(req).then((body) => send(res, { ok: true, result: (server.answeredCallbacks || []).filter((c) => c.token === body.token) }));
    return;
  }
  server.webServer(req, res);
});

front.listen(port, '127.0.0.1', () => {
  server.started = true;
  console.log(`LISTENING ${front.address().port}`);
});

const stop = () => { front.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// With --exit-with-stdin (the tests pass it), the emulator stops when its parent closes stdin or dies,
// so an orphaned emulator never outlives its test run.
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
