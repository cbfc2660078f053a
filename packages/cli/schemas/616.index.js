export const id = 616;
export const ids = [616];
export const modules = {

/***/ 616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FlowSchemaList: () => (/* binding */ FlowSchemaList)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/model.js + 2 modules
var model = __webpack_require__(4424);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/meta.js
var meta = __webpack_require__(5450);
// EXTERNAL MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiFlowcontrolV1FlowSchema.js + 12 modules
var IoK8sApiFlowcontrolV1FlowSchema = __webpack_require__(7955);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ListMeta.js + 1 modules
var IoK8sApimachineryPkgApisMetaV1ListMeta = __webpack_require__(9353);
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiFlowcontrolV1FlowSchemaList.js
const validate=validate0;let schema1_enum=["flowcontrol.apiserver.k8s.io/v1"];function validate1(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("flowcontrol.apiserver.k8s.io/v1"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema1_enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate1.errors=vErrors,0===errors}function validate4(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return (0,IoK8sApiFlowcontrolV1FlowSchema/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiFlowcontrolV1FlowSchema/* validate */.t.errors:vErrors.concat(IoK8sApiFlowcontrolV1FlowSchema/* validate */.t.errors)).length),validate4.errors=vErrors,0===errors}function validate3(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate4(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate4.errors:vErrors.concat(validate4.errors)).length)}else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate3.errors=vErrors,0===errors}let schema5_enum=["FlowSchemaList"];function validate9(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("FlowSchemaList"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema5_enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate9.errors=vErrors,0===errors}function validate11(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null!==data&&((0,IoK8sApimachineryPkgApisMetaV1ListMeta/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ListMeta/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ListMeta/* validate */.t.errors)).length)),validate11.errors=vErrors,0===errors}function validate0(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.items){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"items"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.apiVersion){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.kind){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}void 0!==data.apiVersion&&(validate1(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate1.errors:vErrors.concat(validate1.errors)).length)),void 0!==data.items&&(validate3(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?validate3.errors:vErrors.concat(validate3.errors)).length)),void 0!==data.kind&&(validate9(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?validate9.errors:vErrors.concat(validate9.errors)).length)),void 0!==data.metadata&&(validate11(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?validate11.errors:vErrors.concat(validate11.errors)).length))}else{let err3={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}return validate0.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/flowcontrol.apiserver.k8s.io/v1/FlowSchemaList.js
class FlowSchemaList extends model/* Model */.K{static{this.apiVersion="flowcontrol.apiserver.k8s.io/v1"}static{this.kind="FlowSchemaList"}static{this.is=(0,meta/* createTypeMetaGuard */.V)(FlowSchemaList)}constructor(data){super(),this.setDefinedProps({apiVersion:FlowSchemaList.apiVersion,kind:FlowSchemaList.kind,...data})}}(0,model/* setValidateFunc */.V)(FlowSchemaList,validate);

/***/ })

};
