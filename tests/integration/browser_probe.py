#!/usr/bin/env python3
"""Loads pages in headless Chromium through the DevTools protocol (standard library only) and
reports what a reader would check: the page's language, whether its text is Thai, whether
Thai glyphs have a real font (a combining vowel adds no width), horizontal overflow, console
messages, and how much of the screenshot is not background.

usage: browser_probe.py CHROMIUM OUTDIR WIDTHxHEIGHT URL NAME [URL NAME ...]
Prints one JSON object per page and size; writes OUTDIR/NAME-WIDTH.png.
"""
import base64, json, os, socket, struct, subprocess, sys, tempfile, time, urllib.request, zlib


class WebSocket:
    """A minimal RFC 6455 client: text frames only, enough for the DevTools protocol."""

    def __init__(self, url):
        assert url.startswith("ws://")
        host_port, path = url[5:].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("websocket handshake failed")
            response += chunk
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake refused: %r" % response[:200])
        self.buffer = response.split(b"\r\n\r\n", 1)[1]

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        if len(payload) < 126:
            header.append(0x80 | len(payload))
        elif len(payload) < 65536:
            header.append(0x80 | 126); header += struct.pack(">H", len(payload))
        else:
            header.append(0x80 | 127); header += struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        self.sock.sendall(bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("websocket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            message += payload
            if first & 0x80:
                return message.decode()


class Page:
    def __init__(self, ws):
        self.ws, self.next_id, self.events = ws, 0, []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[index]
                    return message
            self.events.append(json.loads(self.ws.receive()))
        raise RuntimeError(f"no {event} within {seconds} s")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


def png_ink(data):
    """The share of pixels that differ clearly from the most common colour (the background)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, width = 8, b"", 0
    while position < len(data):
        length = struct.unpack(">I", data[position:position + 4])[0]
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), "8-bit RGB(A) only"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    raw = zlib.decompress(chunks)
    stride = width * channels
    previous = bytearray(stride)
    counts, pixels = {}, []
    offset = 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + left) & 0xFF
            elif kind == 2: line[i] = (line[i] + up) & 0xFF
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 0xFF
        previous = line
        for x in range(0, stride, channels * 2):  # every other pixel is plenty
            pixel = (line[x], line[x + 1], line[x + 2])
            counts[pixel] = counts.get(pixel, 0) + 1
            pixels.append(pixel)
    background = max(counts, key=counts.get)
    ink = sum(1 for p in pixels if sum(abs(a - b) for a, b in zip(p, background)) > 60)
    return ink / max(len(pixels), 1)


PROBE = r"""(() => {
  const text = document.body ? document.body.innerText : "";
  const canvas = document.createElement("canvas").getContext("2d");
  canvas.font = "16px " + getComputedStyle(document.body).fontFamily;
  // With a Thai font, sara i (U+0E34) combines above its consonant and adds no width; drawn as a
  // missing-glyph box it adds one.
  const base = canvas.measureText("\u0e01").width, combined = canvas.measureText("\u0e01\u0e34").width;
  return {
    lang: document.documentElement.lang,
    thaiCharacters: (text.match(/[\u0e00-\u0e7f]/g) || []).length,
    textLength: text.length,
    thaiCombines: combined - base < 0.5,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    widest: [...document.querySelectorAll("main *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter(e => !e.closest(".table-wrap, pre")).slice(0, 3).map(e => e.tagName + "." + (e.getAttribute("class") || "") + " " + (e.textContent || "").slice(0, 40)),
    svgTitle: (document.querySelector("svg.timeline-svg title") || {}).textContent || null,
  };
})()"""


def main():
    chromium, outdir, size = sys.argv[1:4]
    width, height = (int(v) for v in size.split("x"))
    pages = list(zip(sys.argv[4::2], sys.argv[5::2]))
    profile = tempfile.mkdtemp(prefix="portlore-cdp-")
    browser = subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--disable-background-networking",
                                "--disable-sync", f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        endpoint = None
        deadline = time.time() + 60
        while endpoint is None and time.time() < deadline:
            line = browser.stderr.readline()
            if not line:
                break
            if "DevTools listening on " in line:
                endpoint = line.split("DevTools listening on ")[1].strip()
        if endpoint is None:
            raise RuntimeError("Chromium did not open its DevTools port")
        http = "http://" + endpoint[5:].split("/", 1)[0]
        request = urllib.request.Request(http + "/json/new?about:blank", method="PUT")
        target = json.load(urllib.request.urlopen(request, timeout=30))
        page = Page(WebSocket(target["webSocketDebuggerUrl"]))
        page.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        page.call("Page.enable"); page.call("Runtime.enable"); page.call("Log.enable")
        for url, name in pages:
            page.events = []
            page.call("Page.navigate", url=url)
            page.wait_for("Page.loadEventFired")
            result = page.evaluate(PROBE)
            messages = [m["params"]["entry"]["text"] for m in page.events if m.get("method") == "Log.entryAdded"]
            messages += [" ".join(str(a.get("value", "")) for a in m["params"]["args"]) for m in page.events if m.get("method") == "Runtime.consoleAPICalled"]
            messages += [m["params"]["exceptionDetails"]["text"] for m in page.events if m.get("method") == "Runtime.exceptionThrown"]
            # The first screen decides "not blank"; the whole page (up to 6,000 px) is saved for a person.
            # (at a quarter of the size: the pure-Python PNG decoder is slow, and ink needs no detail).
            shot = base64.b64decode(page.call("Page.captureScreenshot", format="png",
                                              clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 0.25})["data"])
            content = page.call("Page.getLayoutMetrics")["cssContentSize"]
            whole = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                              clip={"x": 0, "y": 0, "width": width, "height": min(content["height"], 6000), "scale": 1})
            path = os.path.join(outdir, f"{name}-{width}.png")
            with open(path, "wb") as file:
                file.write(base64.b64decode(whole["data"]))
            result.update(name=name, width=width, url=url, console=messages, ink=round(png_ink(shot), 4), screenshot=path)
            print(json.dumps(result, ensure_ascii=False), flush=True)
    finally:
        browser.kill()
        browser.wait()
        subprocess.run(["rm", "-rf", profile])


if __name__ == "__main__":
    main()
