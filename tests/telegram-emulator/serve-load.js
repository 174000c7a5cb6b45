'use strict';
// Measures `serve` as an operator runs it, through Telegram: the time from starting the process to its first
// answer, and its memory while it answers. Starts the Bot API emulator (start.js) on 127.0.0.1, then
// `dotnet <RightsBot.dll> serve` over <corpus> (Corpus__Path) polling it, asks each question of a question file in turn as
// one user, and waits for every reply. Linux only (it reads /proc/<pid>/status). Nothing leaves 127.0.0.1.
//
// Usage: node serve-load.js <RightsBot.dll> <corpus> <questions.jsonl> [max questions]
// Prints one JSON object: first_answer_seconds, answered, rss_mb (after the last answer), peak_rss_mb (VmHWM),
// reply_ms_p50 / reply_ms_p95 (question sent → reply seen, polling included).
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');

const [dll, corpus, questionFile, maxArg] = process.argv.slice(2);
if (!dll || !corpus || !questionFile) {
  console.error('usage: node serve-load.js <RightsBot.dll> <corpus> <questions.jsonl> [max questions]');
  process.exit(2);
}

const token = '123456:load-test';
const questions = fs.readFileSync(questionFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).question)
  .slice(0, Number(maxArg || 1000));

function post(port, route, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port, path: route, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve(text ? JSON.parse(text) : {}));
    });
    req.on('error', reject);
    req.end(data);
  });
}

function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number((status.match(new RegExp(`${name}:\\s+(\\d+)`)) || [0, 0])[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let date = Math.floor(Date.now() / 1000);

async function ask(port, text, deadlineMs) {
  const message = {
    botToken: token, text, date: ++date,
    from: { id: 4242, is_bot: false, first_name: 'Load' }, chat: { id: 4242, type: 'private', first_name: 'Load' },
  };
  await post(port, '/sendMessage', message);
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    const updates = await post(port, '/getUpdates', { token, chatId: 4242 });
    if (updates.result && updates.result.length > 0) {
      return true;
    }
    await sleep(20);
  }
  return false;
}

(async () => {
  const emulator = spawn(process.execPath, [path.join(__dirname, 'start.js'), '0', '--exit-with-stdin'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => emulator.stdout.on('data', (d) => {
    const m = String(d).match(/LISTENING (\d+)/);
    if (m) resolve(Number(m[1]));
  }));

  const started = Date.now();
  const env = {
    ...process.env,
    Telegram__Enabled: 'true', Telegram__BotToken: token, Telegram__ApiBaseUrl: `http://127.0.0.1:${port}`, Telegram__Mode: 'Polling',
    Corpus__Path: path.resolve(corpus), Limits__QuestionsPerMinute: '1000', Urls: 'http://127.0.0.1:0',
    // A polling offset saved by an earlier run is ahead of this emulator's update ids, which start again at 1: the
    // bot would skip that many questions. Each run keeps its state in a folder of its own.
    Telegram__StatePath: fs.mkdtempSync(path.join(require('os').tmpdir(), 'rightsbot-load-')),
  };
  const bot = spawn('dotnet', [dll, 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let firstAnswer = null;
  const times = [];
  let answered = 0;
  try {
    for (const [i, q] of questions.entries()) {
      const t = Date.now();
      // The first question also waits for start-up: the bot answers once its index is loaded.
      const ok = await ask(port, q, i === 0 ? 120000 : 30000);
      if (!ok) {
        console.error(`no reply to question ${i + 1}`);
        if (bot.exitCode !== null) {
          break;
        }
        continue;
      }
      answered++;
      if (firstAnswer === null) {
        firstAnswer = (Date.now() - started) / 1000;
      } else {
        times.push(Date.now() - t);
      }
    }
    const m = memory(bot.pid);
    times.sort((a, b) => a - b);
    const pct = (p) => (times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))] : null);
    console.log(JSON.stringify({
      first_answer_seconds: firstAnswer, answered, questions: questions.length,
      rss_mb: Math.round(m.rss), peak_rss_mb: Math.round(m.peak), reply_ms_p50: pct(0.5), reply_ms_p95: pct(0.95),
    }));
  } finally {
    bot.kill('SIGTERM');
    emulator.stdin.end();
  }
})();
