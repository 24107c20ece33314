-- wrk: each request carries the next token of the file SYNQ_BENCH_TOKENS (one a line), so that no
-- token is seen twice until the file has been used up; the path is SYNQ_BENCH_PATH.
local tokens = {}
for line in io.lines(os.getenv("SYNQ_BENCH_TOKENS")) do
  tokens[#tokens + 1] = line
end
local path = os.getenv("SYNQ_BENCH_PATH")
local next_token = 0

request = function()
  next_token = next_token % #tokens + 1
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[next_token] })
end
