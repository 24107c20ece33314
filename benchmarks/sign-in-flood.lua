-- wrk: sign-in attempts with a wrong 256-character password, each for another account and from
-- another client address (X-Forwarded-For, which the server trusts from loopback in this run), so
-- that no throttle answers before the password is hashed. Prints how many of each status came back.
local password = string.rep("w", 256)
local sent = 0
statuses = {}

local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end

init = function()
  math.randomseed(os.time())
  sent = math.random(0, 1000000) * 16
end

request = function()
  sent = sent + 1
  local address = string.format("10.%d.%d.%d", math.floor(sent / 65536) % 256,
    math.floor(sent / 256) % 256, sent % 256)
  local body = string.format('{"email": "flood-%d@example.test", "password": "%s"}', sent, password)
  return wrk.format("POST", nil,
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end

response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function()
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      io.write(string.format("status %d: %d\n", status, count))
    end
  end
end
