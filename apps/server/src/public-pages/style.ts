// Mobile-first styles for the public pages: system fonts, large tap targets, no framework.
export const PAGE_STYLE = `
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#eef2f6}
.wrap{max-width:40rem;margin:0 auto;padding:12px}
.top{background:#0b4f8a;color:#fff;padding:14px 12px}
.top h1{margin:0 auto;max-width:40rem;font-size:1.3rem;line-height:1.3}
h1,h2,h3{line-height:1.3}
h2{font-size:1.15rem;margin:0 0 8px}
h3{font-size:1rem;margin:14px 0 6px}
.card{background:#fff;border-radius:10px;padding:14px;margin:0 0 12px;box-shadow:0 1px 2px #0002}
.desc{white-space:pre-line;margin:0 0 8px}
.facts{margin:0;padding-left:20px}
table{width:100%;border-collapse:collapse;font-size:.95rem}
th,td{text-align:left;padding:6px 4px;border-bottom:1px solid #d8dee4;vertical-align:top}
.open td{background:#e7f5ec}
label{display:block;font-weight:600;margin:12px 0 4px}
input,select{width:100%;font:inherit;padding:10px;border:1px solid #8a96a3;border-radius:8px;background:#fff;min-height:48px}
input:focus,select:focus,button:focus-visible{outline:3px solid #f0b400;outline-offset:1px}
input[aria-invalid=true]{border-color:#b3261e}
.hint{font-size:.9rem;color:#52606d;margin:2px 0 0}
.err{color:#b3261e;font-size:.95rem;margin:4px 0 0}
.err:empty{display:none}
button{-webkit-tap-highlight-color:transparent;font:inherit;cursor:pointer;border-radius:8px;min-height:48px;padding:10px 16px;border:1px solid #0b4f8a;background:#fff;color:#0b4f8a}
.primary{background:#0b4f8a;color:#fff;font-weight:600;width:100%;margin-top:16px}
.wide{width:100%;margin-top:12px}
button:disabled{opacity:.55;cursor:default}
.link{border:0;background:none;padding:8px 0;min-height:0;text-decoration:underline}
.list{list-style:none;margin:4px 0 0;padding:0;border:1px solid #d8dee4;border-radius:8px;max-height:16rem;overflow:auto}
.list:empty{display:none}
.list button{width:100%;text-align:left;border:0;border-bottom:1px solid #eef2f6;border-radius:0;color:#1f2933}
.picked{color:#146c2e;font-size:.95rem;margin:4px 0 0}
.msg{margin:10px 0 0;padding:10px;border-radius:8px;background:#fff4d6}
.msg:empty{display:none}
.bar{position:sticky;top:0;z-index:1;display:flex;justify-content:space-between;align-items:center;gap:8px;background:#0b4f8a;color:#fff;padding:8px 12px}
.clock{font:700 1.3rem ui-monospace,monospace;font-variant-numeric:tabular-nums}
.clock.low{color:#ffd166}
.net{font-size:.85rem}
.dots{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
.dots button{min-width:40px;padding:0 8px;min-height:40px;font-size:.9rem}
.dots .done{background:#d8ebfa}
.dots [aria-current=step]{background:#0b4f8a;color:#fff}
.qtext{font-size:1.1rem;font-weight:600;margin:0 0 6px;white-space:pre-line}
.opts{display:grid;gap:10px;margin:10px 0}
.opt{display:flex;gap:10px;align-items:flex-start;width:100%;text-align:left;color:#1f2933;border:2px solid #aab4be;padding:12px}
.opt .box{flex:none;width:26px;height:26px;border:2px solid #52606d;border-radius:6px;display:grid;place-items:center;font-weight:700;font-size:.9rem}
.opt[aria-checked=true]{border-color:#0b4f8a;background:#e3effb}
.opt[aria-checked=true] .box{background:#0b4f8a;border-color:#0b4f8a;color:#fff}
.saved{min-height:1.5em;font-size:.95rem;color:#146c2e;margin:0}
.saved.wait{color:#8a5a00}
.nav{display:flex;gap:10px;margin-top:12px}
.nav button{flex:1}
.nav .primary{margin-top:0}
button:active{filter:brightness(.92)}
.confirm p{margin-top:0}
.confirm{border:2px solid #f0b400;border-radius:10px;padding:12px;margin-top:12px;background:#fffbea}
.big{font-size:1.15rem;font-weight:600}
ol.rank{padding-left:24px;margin:0}
ol.rank li{margin:0 0 6px}
.ok{color:#146c2e}.bad{color:#b3261e}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;color:#0b4f8a;padding:8px;z-index:2}
.top .site{margin:0 auto;max-width:40rem;font-size:1.2rem;font-weight:700}
.top a{color:#fff}
.menu{list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px;margin:8px auto 0;padding:0;max-width:40rem;font-size:.95rem}
.menu a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
a{color:#0b4f8a}
.foot{font-size:.85rem;color:#52606d}
textarea{width:100%;font:inherit;padding:10px;border:1px solid #8a96a3;border-radius:8px;min-height:8rem}
.trap{position:absolute;left:-999px;width:1px;height:1px;overflow:hidden}
.num{text-align:right;white-space:nowrap}
caption{text-align:left;font-size:.9rem;color:#52606d;padding:0 0 6px}
.stats{list-style:none;margin:8px 0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:8px}
.stats li{background:#eef2f6;border-radius:8px;padding:8px;font-size:.9rem}
.stats strong{display:block;font-size:1.3rem}
.map{margin:8px 0}
.map>svg{display:block;width:100%;height:auto}
.thumb{display:block;max-width:100%;height:auto;margin:0 0 8px;border-radius:8px}
h4{font-size:1rem;margin:14px 0 2px}
.legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;font-size:.85rem}
.legend svg{vertical-align:-2px}
details{margin:8px 0}
summary{cursor:pointer;color:#0b4f8a;padding:8px 0}
.items{list-style:none;margin:0;padding:0}
.items li{padding:8px 0;border-bottom:1px solid #d8dee4}
.items li:last-child{border-bottom:0}
.item{font-size:1rem;margin:0 0 2px}
.pager{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-top:12px}
.pager a{padding:12px 0}
.check{font-weight:400}
.check input{width:24px;min-height:24px;height:24px;margin:0 8px 0 0;vertical-align:-5px}
fieldset{border:1px solid #d8dee4;border-radius:8px;margin:16px 0 0;padding:4px 12px 12px}
legend{font-weight:600;padding:0 4px}
`;
