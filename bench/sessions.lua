-- wrk script for bench/run.sh and bench/load.sh: one wrk thread per connection (-t N -c N),
-- each thread sending its own session from the file SESSIONS (one SESSION cookie a line), so no
-- two concurrent requests share a session. Prints
-- RESULT requests seconds p50_ms p95_ms p99_ms socket_errors not_200 distinct_sessions.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do sessions[#sessions + 1] = line end
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("session", sessions[#threads])
end
-- THINK=min-max: each user waits that many ms (at random) between an answer and its next request.
local think_min = tonumber((os.getenv("THINK") or ""):match("^(%d+)-"))
local think_max = tonumber((os.getenv("THINK") or ""):match("-(%d+)$"))
if think_min then
  function delay()
    return math.random(think_min, think_max)
  end
end
function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
  wrk.headers["Cookie"] = "SESSION=" .. session
  wrk.headers["Accept-Encoding"] = "gzip"
  not200 = 0
end
function response(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end
function done(summary, latency, requests)
  local bad, seen = 0, {}
  for _, t in ipairs(threads) do
    bad = bad + t:get("not200")
    seen[t:get("session")] = true
  end
  local distinct = 0
  for _ in pairs(seen) do distinct = distinct + 1 end
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %.1f %.1f %.1f %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.timeout, bad, distinct))
end
