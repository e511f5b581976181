// npm run azurite: Azurite on its default ports with the flags today's Azure SDKs need, its data in the
// profile folder (~/.hsnforms/azurite, or $HSNFORMS_HOME/azurite), in the foreground until Ctrl+C.
// The same as `hsnforms azurite`; both keep the data in the same place.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const home = process.env.HSNFORMS_HOME || join(homedir(), ".hsnforms");
const location = join(home, "azurite");
mkdirSync(location, { recursive: true });

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const azurite = join(root, "node_modules", ".bin", process.platform === "win32" ? "azurite.cmd" : "azurite");
const args = ["--location", location, "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
  "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1"];

console.log(`Azurite on 127.0.0.1:10000-10002, data in ${location}; Ctrl+C stops it.`);
const child = spawn(azurite, args, { stdio: "inherit", shell: process.platform === "win32" });
child.on("error", (error) => {
  console.error(`azurite could not be started (${error.message}): run npm ci first.`);
  process.exit(2);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
