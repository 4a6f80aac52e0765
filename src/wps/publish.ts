/**
 * publish.html (served at /wps/publish.html by `npm start`): shows the publish.xml entry that loads the add-in
 * from the server this page came from. Text only: it installs nothing by itself.
 */
function publishXml(addinUrl: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return `<jsplugins>\n  <jspluginonline name="PerfCheck" type="et" url="${esc(addinUrl)}" enable="enable_dev" install="null"/>\n</jsplugins>`;
}

const pre = document.getElementById("publish-xml");
if (pre) pre.textContent = publishXml(new URL("./", location.href).href);
