-- wrk: each request signed in as the next of several people, in turn (a file of session ids,
-- one a line, given after --), and report.lua's one-line JSON summary.
dofile("bench/report.lua")

local sessions = {}
local next_one = 0

init = function(args)
  for line in io.lines(args[1]) do
    if line ~= "" then sessions[#sessions + 1] = line end
  end
end

request = function()
  next_one = next_one % #sessions + 1
  return wrk.format(nil, nil, { Cookie = "sessionid=" .. sessions[next_one] })
end
