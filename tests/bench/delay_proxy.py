#!/usr/bin/env python3
"""delay_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS [PORT_FILE]

A TCP proxy on 127.0.0.1 that delivers every chunk DELAY_MS after it
arrived, in each direction and in order: a round trip costs 2 x DELAY_MS,
as over a wide-area link, while the bandwidth stays loopback's. For the
benchmarks (bench_durable.sh: a mailbox far from the gateway). LISTEN_PORT
0 picks a free port, written to PORT_FILE when given. Runs until killed.
"""
import asyncio
import sys
import time


async def pump(reader, writer, delay):
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    task = asyncio.ensure_future(deliver())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            queue.put_nowait((time.monotonic() + delay, data))
    finally:
        queue.put_nowait((0, None))
        await task


async def main():
    listen, target, delay = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) / 1000.0

    async def handle(cr, cw):
        try:
            sr, sw = await asyncio.open_connection("127.0.0.1", target)
        except OSError:
            cw.close()
            return
        await asyncio.gather(pump(cr, sw, delay), pump(sr, cw, delay), return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    port = server.sockets[0].getsockname()[1]
    if len(sys.argv) > 4:
        with open(sys.argv[4], "w") as f:
            f.write("%d\n" % port)
    async with server:
        await server.serve_forever()


asyncio.run(main())
