const id=558,ids=[558],modules={3558:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__),__webpack_require__.d(__webpack_exports__,{bumpJson:()=>bumpJson,bumpLogLine:()=>bumpLogLine,bumpStatus:()=>bumpStatus,bumpView:()=>bumpView,bumpViews:()=>bumpViews,runnerView:()=>runnerView});//! EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 8 modules
var bump=__webpack_require__(949);//! EXTERNAL MODULE: ./packages/core/src/text/markdown.ts + 1 modules
var markdown=__webpack_require__(5581);//! CONCATENATED MODULE: ./packages/core/src/report/view.ts
function renderMarkdown(v){const table=(0,markdown.Qj)(v.headers,v.rows),list=(items,mark="")=>items.map(n=>`- ${mark}${(0,markdown.FV)(n)}`).join(`
`),title=(0,markdown.FV)(v.title),status=(0,markdown.FV)(v.status),noted=v.notes.length?`
**Notes**

${list(v.notes)}
`:"",warned=v.warnings.length?v.warningStyle==="bullets"?`
${list(v.warnings,"\u26A0\uFE0F ")}
`:`
**Warnings**

${list(v.warnings)}
`:"";return v.statusFirst===!1?`### ${title}

${table}

${status}
${noted}${warned}`:`### ${title}

${status}

${table}
${noted}${warned}`}const plainStyle={bold:s=>s,dim:s=>s,yellow:s=>s,green:s=>s,red:s=>s,cyan:s=>s},ansiStyle={bold:s=>`\x1B[1m${s}\x1B[22m`,dim:s=>`\x1B[2m${s}\x1B[22m`,yellow:s=>`\x1B[33m${s}\x1B[39m`,green:s=>`\x1B[32m${s}\x1B[39m`,red:s=>`\x1B[31m${s}\x1B[39m`,cyan:s=>`\x1B[36m${s}\x1B[39m`};function terminalSafe(s){return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,c=>`\\x${c.charCodeAt(0).toString(16).padStart(2,"0")}`)}function diffLineStyle(l,style){return l.startsWith("@@")?style.cyan:l.startsWith("+")?style.green:l.startsWith("-")?style.red:l.startsWith(" ")||l===""?s=>s:style.bold}function renderTerminal(v,style=plainStyle){const split=c=>terminalSafe(c.replace(/\r?\n/g,`
`)).split(`
`),widths=v.headers.map((h,i)=>Math.max(h.length,...v.rows.map(r=>Math.max(...split(r[i]??"").map(l=>l.length))))),line=cells=>cells.map((c,i)=>i===cells.length-1?c:c.padEnd(widths[i])).join("  ").trimEnd(),out=[style.bold(line(v.headers))];for(const r of v.rows){const parts=r.map(split),height=Math.max(...parts.map(p=>p.length));for(let k=0;k<height;k++)out.push(line(parts.map(p=>p[k]??"")))}return v.diff?.length&&out.push("",...v.diff.map(l=>diffLineStyle(l,style)(terminalSafe(l)))),v.errors?.length&&out.push("",...v.errors.map(e=>style.red(`error: ${terminalSafe(e)}`))),out.push("",terminalSafe(v.status)),v.notes.length&&out.push("",...v.notes.map(n=>style.dim(`note: ${terminalSafe(n)}`))),v.warnings.length&&out.push("",...v.warnings.map(w=>style.yellow(`warning: ${terminalSafe(w)}`))),`${out.join(`
`)}
`}//! EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors=__webpack_require__(7638);//! CONCATENATED MODULE: ./packages/core/src/contract/json.ts
const SCHEMA_VERSION=2;function commandJson(command,body){return{"schema-version":SCHEMA_VERSION,command,...body}}function jsonErrors(failure,face){if(failure===void 0)return[];const errors2=failure instanceof UserErrors?failure.errors:failure instanceof UserError?[failure]:void 0;return errors2===void 0?[{file:null,line:null,input:null,message:failure instanceof Error?failure.message:String(failure)}]:errors2.map(e=>({file:e.file??null,line:e.line??null,input:e.input??null,message:e.format(face)}))}function outcomeJson(doc,outcome,errors2){const{command,...body}=doc;return{"schema-version":SCHEMA_VERSION,command,outcome,errors:errors2,...body}}function doneJsonHead(command){return JSON.stringify(outcomeJson({command},"done",[])).slice(0,-1)}function parsedOutput(value){return value===""?null:JSON.parse(value)}function stringOrNull(value){return value===void 0||value===""?null:value}function numberOrNull(value){return value===""?null:Number(value)}//! CONCATENATED MODULE: ./packages/core/src/operations/bump/view.ts
const bumpViews={runner:runnerView,terminal:bumpView,failure:()=>{},json:bumpJson};function bumpJson(r){return commandJson("bump",{"dry-run":r.dryRun,status:bumpStatus(r),version:stringOrNull(r.outputs.version),"previous-version":stringOrNull(r.outputs["previous-version"]),"app-version":stringOrNull(r.outputs["app-version"]),"changed-files":parsedOutput(r.outputs["changed-files"]),charts:parsedOutput(r.outputs.charts),base:r.base??null,notes:r.notes,warnings:r.warnings.map(bump.W3)})}function runnerView(r){const steps=r.warnings.map(w=>({annotate:"warning",message:w.message,file:w.file,line:w.line}));r.diff!==""&&steps.push({group:r.dryRun?"Diff (dry run: nothing written)":"Diff"},{info:r.diff,raw:!0},{endGroup:!0}),steps.push({group:`Charts (${r.charts.length})`}),r.base&&steps.push({info:`levels apply to the chart versions at ${r.base}`}),steps.push(...r.charts.map(c=>({info:bumpLogLine(c)})),...r.notes.map(n=>({info:n})),{endGroup:!0}),steps.push({info:bumpStatus(r)});const outputs=r.outputs;return steps.push(...Object.entries(outputs).map(([output,value])=>({output,value}))),steps.push({summary:renderMarkdown(bumpView(r))}),{steps}}function bumpStatus(r){return r.changes.length===0?"Nothing to change: every chart already has these versions and changelog entries.":r.dryRun?`Dry run: ${r.changes.length} file(s) would change; nothing was written.`:`${r.changes.length} file(s) changed.`}function bumpLogLine(r){return`${r.name} (${r.path})${r.cascaded?" [cascaded]":""}: version ${r["previous-version"]} \u2192 ${r.version}, appVersion ${r["previous-app-version"]||"\u2014"} \u2192 ${r["app-version"]||"\u2014"}`}function bumpView(r){const arrow=(a,b)=>a===b?`${a||"\u2014"} (unchanged)`:`${a||"\u2014"} \u2192 ${b}`;return{title:"bump-chart",status:bumpStatus(r),headers:["Chart","Version","appVersion","Files changed"],rows:r.charts.map(c=>[`${c.name} (${c.path})${c.cascaded?" \u2014 cascaded":""}`,arrow(c["previous-version"],c.version),arrow(c["previous-app-version"],c["app-version"]),c.files.length?c.files.join(`
`):"none"]),notes:r.notes,warnings:r.warnings.map(bump.W3)}}})};export{id,ids,modules};
