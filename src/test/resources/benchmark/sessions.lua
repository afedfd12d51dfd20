-- wrk script of PageSpeedBenchmark: every request carries the cookie of one of the signed-in sessions listed in
-- the file named after "--" (one Cookie header value a line), taken in turn, each thread from its own offset.
-- done() prints one line the benchmark reads: requests, microseconds, p50, p95, p99 (microseconds), responses
-- with status >= 400, socket errors and time-outs.

local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local cookies = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      cookies[#cookies + 1] = line
    end
  end
  counter = id * 37
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, { ["Cookie"] = cookies[counter % #cookies + 1] })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
