const id=171,ids=[171],modules={9171:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__),__webpack_require__.d(__webpack_exports__,{publishJson:()=>publishJson,publishRunnerView:()=>publishRunnerView,publishStatus:()=>publishStatus,publishView:()=>publishView,publishViews:()=>publishViews});//! EXTERNAL MODULE: ./packages/core/src/text/markdown.ts + 1 modules
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
const SCHEMA_VERSION=2;function commandJson(command,body){return{"schema-version":SCHEMA_VERSION,command,...body}}function jsonErrors(failure,face){if(failure===void 0)return[];const errors2=failure instanceof UserErrors?failure.errors:failure instanceof UserError?[failure]:void 0;return errors2===void 0?[{file:null,line:null,input:null,message:failure instanceof Error?failure.message:String(failure)}]:errors2.map(e=>({file:e.file??null,line:e.line??null,input:e.input??null,message:e.format(face)}))}function outcomeJson(doc,outcome,errors2){const{command,...body}=doc;return{"schema-version":SCHEMA_VERSION,command,outcome,errors:errors2,...body}}function doneJsonHead(command){return JSON.stringify(outcomeJson({command},"done",[])).slice(0,-1)}function parsedOutput(value){return value===""?null:JSON.parse(value)}function stringOrNull(value){return value===void 0||value===""?null:value}function numberOrNull(value){return value===""?null:Number(value)}//! CONCATENATED MODULE: ./packages/core/src/operations/publish/view.ts
const STATUS={pushed:"pushed",unchanged:"already published (same content)","would-push":"would push (dry run)"};function publishStatus(r){const pushed=r.charts.filter(c=>c.status==="pushed").length,would=r.charts.filter(c=>c.status==="would-push").length,same=r.charts.length-pushed-would,parts=[r.dryRun?`Dry run: ${would} chart${would===1?"":"s"} would be pushed to ${r.registry}`:`Pushed ${pushed} chart${pushed===1?"":"s"} to ${r.registry}`];return same>0&&parts.push(`${same} already published with the same content`),r.digests&&parts.push(r.digests.written?`wrote ${r.digests.path}`:r.digests.changed?`${r.digests.path} would change`:`${r.digests.path} already holds these digests`),`${parts.join("; ")}.`}function publishView(r){return{title:"publish-chart",status:publishStatus(r),headers:["chart","version","reference","digest","status","signature"],rows:r.charts.map(c=>[c.name,c.version,`${c.image}:${c.tag}`,c.digest,STATUS[c.status],c.signature?`${c.signature.tag} (${c.signature.status})`:""]),notes:[],warnings:[],statusFirst:!1,warningStyle:"bullets"}}function publishRunnerView(r){const steps=[];for(const c of r.charts)steps.push({info:`${c.name} ${c.version}: ${c.image}:${c.tag} \u2192 ${c.digest} (${STATUS[c.status]})`}),c.signature&&steps.push({info:`${c.name} ${c.version}: signature ${c.image}:${c.signature.tag} (${c.signature.status})`}),steps.push({group:`${c.name} ${c.version}: ${c.files.length} file${c.files.length===1?"":"s"} in the archive`},...c.files.map(f=>({info:f})),{endGroup:!0});return r.digests?.changed&&r.dryRun&&steps.push({group:`dry run: ${r.digests.path} would change`},{info:r.digests.diff,raw:!0},{endGroup:!0}),steps.push({info:publishStatus(r)},{output:"charts",value:r.outputs.charts},{output:"digests",value:r.outputs.digests},{output:"file",value:r.outputs.file},{summary:renderMarkdown(publishView(r))}),{steps}}const publishViews={runner:publishRunnerView,terminal:publishView,failure:()=>{},json:publishJson};function publishJson(r){return commandJson("publish",{"dry-run":r.dryRun,status:publishStatus(r),registry:r.registry,charts:r.charts.map(c=>({name:c.name,version:c.version,image:c.image,tag:c.tag,digest:c.digest,status:c.status,signature:c.signature?{tag:c.signature.tag,status:c.signature.status}:null})),file:stringOrNull(r.outputs.file),digests:parsedOutput(r.outputs.digests)})}})};export{id,ids,modules};
