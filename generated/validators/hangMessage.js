/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
 */
// Ajv standalone code (draft-07 engine; the schemas use no keyword whose meaning differs in 2020-12), annotations stripped. No runtime imports.
export const validateHangMessage = validate101;
const schema46 = {"type":"object","required":["message"],"properties":{"message":{"allOf":[{"$ref":"ServerMessageFields.json"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"hang"}}}]}},"$id":"HangMessage.json"};
const schema39 = {"type":"object","properties":{"timestamp":{"type":"number"},"call":{"$ref":"ServerMessageCall.json"},"assistant":{"type":"object","additionalProperties":true},"phone":{"type":"object","additionalProperties":true},"customer":{"type":"object","additionalProperties":true},"analysis":{"$ref":"ServerMessageAnalysis.json"},"messages":{"type":"array","items":{"$ref":"ConversationMessage.json"}}},"$id":"ServerMessageFields.json"};
const schema40 = {"type":"object","properties":{"id":{"type":"string"},"teamId":{"type":"string"},"assistantId":{"type":"string"},"callType":{"type":"string"},"direction":{"type":"string"},"startAt":{"type":"string"},"endAt":{"type":"string"},"userNumber":{"type":"string"},"assistantNumber":{"type":"string"},"status":{"type":"string"},"phoneCallStatus":{"type":"string"},"phoneCallStatusReason":{"type":"string"},"callEndTriggerBy":{"type":"string"},"cost":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":true},"recording":{"type":"object","additionalProperties":true},"messages":{"type":"array","items":{"$ref":"ConversationMessage.json"}}},"$id":"ServerMessageCall.json"};
const schema37 = {"type":"object","properties":{"messageId":{"type":"string"},"role":{"type":"string"},"text":{"type":"string"},"timestamp":{"type":["string","number"]},"metrics":{"type":"object","additionalProperties":true},"skippedAssistantMessages":{"type":"array","items":{}}},"$id":"ConversationMessage.json"};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ConversationMessage.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.messageId !== undefined){
if(typeof data.messageId !== "string"){
const err0 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.role !== undefined){
if(typeof data.role !== "string"){
const err1 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data3 = data.timestamp;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))){
const err3 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: schema37.properties.timestamp.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metrics !== undefined){
let data4 = data.metrics;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
const err4 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.skippedAssistantMessages !== undefined){
if(!(Array.isArray(data.skippedAssistantMessages))){
const err5 = {instancePath:instancePath+"/skippedAssistantMessages",schemaPath:"#/properties/skippedAssistantMessages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ServerMessageCall.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.teamId !== undefined){
if(typeof data.teamId !== "string"){
const err1 = {instancePath:instancePath+"/teamId",schemaPath:"#/properties/teamId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.assistantId !== undefined){
if(typeof data.assistantId !== "string"){
const err2 = {instancePath:instancePath+"/assistantId",schemaPath:"#/properties/assistantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.callType !== undefined){
if(typeof data.callType !== "string"){
const err3 = {instancePath:instancePath+"/callType",schemaPath:"#/properties/callType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.direction !== undefined){
if(typeof data.direction !== "string"){
const err4 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.startAt !== undefined){
if(typeof data.startAt !== "string"){
const err5 = {instancePath:instancePath+"/startAt",schemaPath:"#/properties/startAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.endAt !== undefined){
if(typeof data.endAt !== "string"){
const err6 = {instancePath:instancePath+"/endAt",schemaPath:"#/properties/endAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userNumber !== undefined){
if(typeof data.userNumber !== "string"){
const err7 = {instancePath:instancePath+"/userNumber",schemaPath:"#/properties/userNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.assistantNumber !== undefined){
if(typeof data.assistantNumber !== "string"){
const err8 = {instancePath:instancePath+"/assistantNumber",schemaPath:"#/properties/assistantNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.phoneCallStatus !== undefined){
if(typeof data.phoneCallStatus !== "string"){
const err10 = {instancePath:instancePath+"/phoneCallStatus",schemaPath:"#/properties/phoneCallStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.phoneCallStatusReason !== undefined){
if(typeof data.phoneCallStatusReason !== "string"){
const err11 = {instancePath:instancePath+"/phoneCallStatusReason",schemaPath:"#/properties/phoneCallStatusReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.callEndTriggerBy !== undefined){
if(typeof data.callEndTriggerBy !== "string"){
const err12 = {instancePath:instancePath+"/callEndTriggerBy",schemaPath:"#/properties/callEndTriggerBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cost !== undefined){
let data13 = data.cost;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
const err13 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.metrics !== undefined){
let data14 = data.metrics;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
const err14 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.recording !== undefined){
let data15 = data.recording;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
const err15 = {instancePath:instancePath+"/recording",schemaPath:"#/properties/recording/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.messages !== undefined){
let data16 = data.messages;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
if(!(validate83(data16[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data16,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}

const schema41 = {"type":"object","properties":{"summary":{"type":"string"},"successEvaluation":{"type":"string"},"structuredData":{"type":"object","additionalProperties":true},"outcome":{"type":"string"},"guardrails":{"type":"string"}},"$id":"ServerMessageAnalysis.json"};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ServerMessageAnalysis.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err0 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.successEvaluation !== undefined){
if(typeof data.successEvaluation !== "string"){
const err1 = {instancePath:instancePath+"/successEvaluation",schemaPath:"#/properties/successEvaluation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.structuredData !== undefined){
let data2 = data.structuredData;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err2 = {instancePath:instancePath+"/structuredData",schemaPath:"#/properties/structuredData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.outcome !== undefined){
if(typeof data.outcome !== "string"){
const err3 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.guardrails !== undefined){
if(typeof data.guardrails !== "string"){
const err4 = {instancePath:instancePath+"/guardrails",schemaPath:"#/properties/guardrails/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ServerMessageFields.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp !== undefined){
let data0 = data.timestamp;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.call !== undefined){
if(!(validate87(data.call, {instancePath:instancePath+"/call",parentData:data,parentDataProperty:"call",rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.assistant !== undefined){
let data2 = data.assistant;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err1 = {instancePath:instancePath+"/assistant",schemaPath:"#/properties/assistant/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.phone !== undefined){
let data3 = data.phone;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err2 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.customer !== undefined){
let data4 = data.customer;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
const err3 = {instancePath:instancePath+"/customer",schemaPath:"#/properties/customer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.analysis !== undefined){
if(!(validate90(data.analysis, {instancePath:instancePath+"/analysis",parentData:data,parentDataProperty:"analysis",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.messages !== undefined){
let data6 = data.messages;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate83(data6[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="HangMessage.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message !== undefined){
let data0 = data.message;
if(!(validate86(data0, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/allOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type !== undefined){
let data1 = data0.type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/message/type",schemaPath:"#/properties/message/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("hang" !== data1){
const err3 = {instancePath:instancePath+"/message/type",schemaPath:"#/properties/message/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "hang"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
