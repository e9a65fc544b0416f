-- wrk script: the page's feedback form, each request from a different reader (a new
-- X-Forwarded-For address, which `serve --trust-forwarded-for` counts under), so every
-- request is a new vote that the store must write, not a duplicate it can skip.
local counter = 0
local threads = {}

function setup(thread)
    -- A global in the thread's own Lua state: the threads' readers never overlap.
    thread:set("thread_id", #threads)
    table.insert(threads, thread)
end

function init(args)
    target = args[1] or "1302"
end

request = function()
    counter = counter + 1
    local address = string.format("2001:db8:%x::%x", thread_id or 0, counter)
    local helpful = (counter % 4 == 0) and "no" or "yes"
    return wrk.format("POST", "/ports/" .. target .. "/feedback", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Forwarded-For"] = address,
    }, "helpful=" .. helpful .. "&comment=bench+" .. counter)
end
