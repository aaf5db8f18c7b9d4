// pa11y drives Debian's chromium through puppeteer; never download a browser of its own.
module.exports = { skipDownload: true };
