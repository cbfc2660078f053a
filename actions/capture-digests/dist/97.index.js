const id=97,ids=[97],modules={8097:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__),__webpack_require__.d(__webpack_exports__,{digestsJson:()=>digestsJson,digestsRunnerView:()=>digestsRunnerView,digestsStatus:()=>digestsStatus,digestsView:()=>digestsView,digestsViews:()=>digestsViews});//! EXTERNAL MODULE: ./packages/core/src/text/markdown.ts + 1 modules
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
const SCHEMA_VERSION=2;function commandJson(command,body){return{"schema-version":SCHEMA_VERSION,command,...body}}function jsonErrors(failure,face){if(failure===void 0)return[];const errors2=failure instanceof UserErrors?failure.errors:failure instanceof UserError?[failure]:void 0;return errors2===void 0?[{file:null,line:null,input:null,message:failure instanceof Error?failure.message:String(failure)}]:errors2.map(e=>({file:e.file??null,line:e.line??null,input:e.input??null,message:e.format(face)}))}function outcomeJson(doc,outcome,errors2){const{command,...body}=doc;return{"schema-version":SCHEMA_VERSION,command,outcome,errors:errors2,...body}}function doneJsonHead(command){return JSON.stringify(outcomeJson({command},"done",[])).slice(0,-1)}function parsedOutput(value){return value===""?null:JSON.parse(value)}function stringOrNull(value){return value===void 0||value===""?null:value}function numberOrNull(value){return value===""?null:Number(value)}//! CONCATENATED MODULE: ./packages/core/src/operations/digests/view.ts
function digestsStatus(r,code=s=>`\`${s}\``){const path=code(r.path),status=r.changed?r.written?`Wrote ${path}`:`Dry run: ${path} would change (diff in the log); nothing was written`:`${path} already holds these digests; nothing changed`,kept=r.kept?`; kept ${r.kept} other entr${r.kept===1?"y":"ies"} from the existing file`:"",verb=r.written?"dropped":"would drop",dropped=r.dropped.length?`; replace ${verb} ${r.dropped.length} entr${r.dropped.length===1?"y":"ies"} of the existing file: ${r.dropped.join(", ")}`:"";return`${status}${kept}${dropped}`}function digestsView(r){return{title:"capture-digests",status:`${digestsStatus(r,s=>s)}.`,headers:["name","image","tag","digest","platform / index"],rows:r.rows.map(row=>[row.name,row.image,row.tag,row.digest,row.kind]),notes:[],warnings:r.warnings,statusFirst:!1,warningStyle:"bullets"}}function digestsRunnerView(r){const steps=r.rows.map(row=>({info:`${row.name}: ${row.image}:${row.tag} \u2192 ${row.digest} (${row.kind})`}));for(const w of r.warnings)steps.push({annotate:"warning",message:w});return r.changed&&r.dryRun&&steps.push({group:`dry run: ${r.path} would change`},{info:r.diff,raw:!0},{endGroup:!0}),steps.push({info:digestsStatus(r).replace(/`/g,""),raw:!0},{output:"digests",value:r.outputs.digests},{output:"file",value:r.outputs.file},{summary:renderMarkdown(digestsView(r))}),{steps}}const digestsViews={runner:digestsRunnerView,terminal:digestsView,failure:()=>{},json:digestsJson};function digestsJson(r){return commandJson("digests",{"dry-run":r.dryRun,status:`${digestsStatus(r,s=>s)}.`,file:r.outputs.file,changed:r.changed,written:r.written,digests:parsedOutput(r.outputs.digests),images:r.rows.map(row=>({name:row.name,image:row.image,tag:row.tag,digest:row.digest,kind:row.kind})),warnings:r.warnings})}})};export{id,ids,modules};
