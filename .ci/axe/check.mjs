// Runs axe-core in Debian's chromium on each HTML file named on the command line, with the
// `td-has-header` rule on (off by default), the page at a phone's width and at a desktop's.
// Prints every violation and exits 1 if there is any. Also fails when the page asks the
// network for anything: orgplan's HTML must stand on its own.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import puppeteer from "puppeteer-core";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check.mjs FILE.html...");
  process.exit(2);
}
const axeSource = readFileSync(
  new URL("./node_modules/axe-core/axe.min.js", import.meta.url),
  "utf8",
);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
let failed = false;
try {
  for (const file of files) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      const requests = [];
      page.on("request", (request) => {
        if (!request.url().startsWith("file:")) requests.push(request.url());
      });
      await page.goto("file://" + resolve(file), { waitUntil: "load" });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        // eslint-disable-next-line no-undef
        axe.run(document, { rules: { "td-has-header": { enabled: true } } }),
      );
      for (const violation of result.violations) {
        failed = true;
        console.log(`${file} (${width} px): ${violation.id}: ${violation.help}`);
        for (const node of violation.nodes.slice(0, 5)) {
          console.log(`  ${node.target.join(" ")}: ${node.failureSummary}`);
        }
      }
      if (requests.length > 0) {
        failed = true;
        console.log(`${file}: asks the network for ${requests.join(", ")}`);
      }
      console.log(
        `${file} (${width} px): ${result.violations.length} violations, ${result.passes.length} rules passed`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
