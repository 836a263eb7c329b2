/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: b705029c5721420e67da28e80f7333299bb0966a4e2e395f577f13f7390ed7c2
 */
// Ajv standalone code (draft 2020-12), annotations stripped. No runtime imports.
export const validateConnectCallRequest = validate20;
const schema31 = {"type":"object","required":["direction","phoneNumberId","customer"],"properties":{"direction":{"$ref":"Direction.json"},"phoneNumberId":{"type":"string"},"customer":{"$ref":"Customer.json"},"metadata":{"$ref":"Metadata.json"},"assistant":{"$ref":"Assistant.json"},"assistantId":{"type":"string"},"assistantOverrides":{"$ref":"AssistantOverrides.json"}},"$id":"ConnectCallRequest.json"};
const schema32 = {"type":"string","enum":["inbound","outbound"],"$id":"Direction.json"};
const schema33 = {"type":"object","properties":{"number":{"type":"string"},"name":{"type":"string"}},"$id":"Customer.json"};
const schema34 = {"type":"object","additionalProperties":true,"$id":"Metadata.json"};
const schema48 = {"type":"object","properties":{"welcomeMessage":{"type":"string"},"welcomeMessageMode":{"type":"string"},"welcomeMessageInterruptionsEnabled":{"type":"boolean"},"recordingEnabled":{"type":"boolean"},"recordingPath":{"type":"string"},"dynamicVariables":{"type":"object","additionalProperties":true}},"$id":"AssistantOverrides.json"};
const schema35 = {"type":"object","properties":{"name":{"type":"string"},"welcomeMessage":{"type":"string"},"welcomeMessageMode":{"type":"string"},"welcomeMessageInterruptionsEnabled":{"type":"boolean"},"assistantProvider":{"type":"string"},"assistantModel":{"type":"string"},"assistantLLMUrl":{"type":"string"},"assistantSystemPrompt":{"type":"string"},"assistantTemperature":{"type":"number"},"assistantMaxTokens":{"type":"integer"},"assistantResponseSplitter":{"type":"string"},"config":{"$ref":"AssistantConfig.json"},"hints":{"type":"array","items":{"type":"string"}},"backgroundSound":{"type":"string"},"backgroundSoundVolume":{"type":"number"},"assistantBackchannelingEnabled":{"type":"boolean"},"dtmfInputEnabled":{"type":"boolean"},"maxCallDuration":{"type":"number"},"idleTimeout":{"type":"number"},"maxIdleMessagesInSequence":{"type":"integer"},"startSpeakingOptions":{"$ref":"StartSpeakingOptions.json"},"stopSpeakingOptions":{"$ref":"StopSpeakingOptions.json"},"assistantToolIds":{"type":"array","items":{"type":"string"}},"assistantPredefinedTools":{"$ref":"AssistantPredefinedTools.json"},"assistantKnowledgeBaseIds":{"type":"array","items":{"type":"string"}},"endCallMessage":{"type":"string"},"endCallToolDescription":{"type":"string"},"endCallPhrases":{"type":"array","items":{"type":"string"}},"callForwardData":{"$ref":"CallForwardData.json"},"assistantAnalysis":{"$ref":"AssistantAnalysis.json"},"assistantOverrides":{"$ref":"AssistantOverrides.json"},"assistantServer":{"$ref":"AssistantServer.json"}},"$id":"Assistant.json"};
const schema40 = {"type":"object","properties":{"waitSeconds":{"type":"number"},"smartEndpointing":{"type":"string"},"onPunctuationSeconds":{"type":"number"},"onNoPunctuationSeconds":{"type":"number"},"onNumberSeconds":{"type":"number"},"LiveKitBaseValue":{"type":"number"},"LiveKitScaleValue":{"type":"number"}},"$id":"StartSpeakingOptions.json"};
const schema41 = {"type":"object","properties":{"numberOfWords":{"type":"integer"},"voiceSeconds":{"type":"number"}},"$id":"StopSpeakingOptions.json"};
const schema42 = {"type":"object","properties":{"knowledgeBase":{"type":"boolean"},"endCall":{"type":"boolean"},"appointment":{"type":"boolean"},"volumeControl":{"type":"boolean"},"waitList":{"type":"boolean"},"callForward":{"type":"boolean"}},"$id":"AssistantPredefinedTools.json"};
const schema43 = {"type":"object","properties":{"phoneNumber":{"type":"string"},"extension":{"type":"string"},"name":{"type":"string"}},"$id":"CallForwardData.json"};
const schema49 = {"type":"object","properties":{"url":{"type":"string"},"timeoutSeconds":{"type":"number"},"secret":{"type":"string"},"headers":{"type":"object","additionalProperties":true},"enabled":{"type":"boolean"},"messages":{"type":"array","items":{"type":"string"}}},"$id":"AssistantServer.json"};
const schema36 = {"type":"object","properties":{"speech":{"$ref":"SpeechConfig.json"}},"$id":"AssistantConfig.json"};
const schema37 = {"type":"object","properties":{"stt":{"$ref":"SpeechToText.json"},"ttsData":{"type":"array","items":{"$ref":"TextToSpeech.json"}}},"$id":"SpeechConfig.json"};
const schema38 = {"type":"object","properties":{"vendor":{"type":"string"},"languages":{"type":"string"}},"$id":"SpeechToText.json"};
const schema39 = {"type":"object","properties":{"vendor":{"type":"string"},"language":{"type":"string"},"voice":{"type":"string"}},"$id":"TextToSpeech.json"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="SpeechConfig.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stt !== undefined){
let data0 = data.stt;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.vendor !== undefined){
if(typeof data0.vendor !== "string"){
const err0 = {instancePath:instancePath+"/stt/vendor",schemaPath:"SpeechToText.json/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.languages !== undefined){
if(typeof data0.languages !== "string"){
const err1 = {instancePath:instancePath+"/stt/languages",schemaPath:"SpeechToText.json/properties/languages/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/stt",schemaPath:"SpeechToText.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ttsData !== undefined){
let data3 = data.ttsData;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.vendor !== undefined){
if(typeof data4.vendor !== "string"){
const err3 = {instancePath:instancePath+"/ttsData/" + i0+"/vendor",schemaPath:"TextToSpeech.json/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data4.language !== undefined){
if(typeof data4.language !== "string"){
const err4 = {instancePath:instancePath+"/ttsData/" + i0+"/language",schemaPath:"TextToSpeech.json/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.voice !== undefined){
if(typeof data4.voice !== "string"){
const err5 = {instancePath:instancePath+"/ttsData/" + i0+"/voice",schemaPath:"TextToSpeech.json/properties/voice/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath:instancePath+"/ttsData/" + i0,schemaPath:"TextToSpeech.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/ttsData",schemaPath:"#/properties/ttsData/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"stt":true,"ttsData":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="AssistantConfig.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.speech !== undefined){
if(!(validate23(data.speech, {instancePath:instancePath+"/speech",parentData:data,parentDataProperty:"speech",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"speech":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","properties":{"summary":{"$ref":"SummaryAnalysis.json"},"successEvaluation":{"$ref":"SuccessEvaluationAnalysis.json"},"structuredData":{"$ref":"StructuredDataAnalysis.json"}},"$id":"AssistantAnalysis.json"};
const schema45 = {"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"},"timeoutSeconds":{"type":"number"}},"$id":"SummaryAnalysis.json"};
const schema46 = {"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"},"rubric":{"type":"string"},"timeoutSeconds":{"type":"number"}},"$id":"SuccessEvaluationAnalysis.json"};
const schema47 = {"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"},"timeoutSeconds":{"type":"number"},"schema":{"type":"object","additionalProperties":true}},"$id":"StructuredDataAnalysis.json"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="AssistantAnalysis.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.summary !== undefined){
let data0 = data.summary;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.enabled !== undefined){
if(typeof data0.enabled !== "boolean"){
const err0 = {instancePath:instancePath+"/summary/enabled",schemaPath:"SummaryAnalysis.json/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.prompt !== undefined){
if(typeof data0.prompt !== "string"){
const err1 = {instancePath:instancePath+"/summary/prompt",schemaPath:"SummaryAnalysis.json/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.timeoutSeconds !== undefined){
let data3 = data0.timeoutSeconds;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err2 = {instancePath:instancePath+"/summary/timeoutSeconds",schemaPath:"SummaryAnalysis.json/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/summary",schemaPath:"SummaryAnalysis.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.successEvaluation !== undefined){
let data4 = data.successEvaluation;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.enabled !== undefined){
if(typeof data4.enabled !== "boolean"){
const err4 = {instancePath:instancePath+"/successEvaluation/enabled",schemaPath:"SuccessEvaluationAnalysis.json/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.prompt !== undefined){
if(typeof data4.prompt !== "string"){
const err5 = {instancePath:instancePath+"/successEvaluation/prompt",schemaPath:"SuccessEvaluationAnalysis.json/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.rubric !== undefined){
if(typeof data4.rubric !== "string"){
const err6 = {instancePath:instancePath+"/successEvaluation/rubric",schemaPath:"SuccessEvaluationAnalysis.json/properties/rubric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.timeoutSeconds !== undefined){
let data8 = data4.timeoutSeconds;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err7 = {instancePath:instancePath+"/successEvaluation/timeoutSeconds",schemaPath:"SuccessEvaluationAnalysis.json/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/successEvaluation",schemaPath:"SuccessEvaluationAnalysis.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.structuredData !== undefined){
let data9 = data.structuredData;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.enabled !== undefined){
if(typeof data9.enabled !== "boolean"){
const err9 = {instancePath:instancePath+"/structuredData/enabled",schemaPath:"StructuredDataAnalysis.json/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data9.prompt !== undefined){
if(typeof data9.prompt !== "string"){
const err10 = {instancePath:instancePath+"/structuredData/prompt",schemaPath:"StructuredDataAnalysis.json/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data9.timeoutSeconds !== undefined){
let data12 = data9.timeoutSeconds;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err11 = {instancePath:instancePath+"/structuredData/timeoutSeconds",schemaPath:"StructuredDataAnalysis.json/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data9.schema !== undefined){
let data13 = data9.schema;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
const err12 = {instancePath:instancePath+"/structuredData/schema",schemaPath:"StructuredDataAnalysis.json/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/structuredData",schemaPath:"StructuredDataAnalysis.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"summary":true,"successEvaluation":true,"structuredData":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="Assistant.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err0 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.welcomeMessage !== undefined){
if(typeof data.welcomeMessage !== "string"){
const err1 = {instancePath:instancePath+"/welcomeMessage",schemaPath:"#/properties/welcomeMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.welcomeMessageMode !== undefined){
if(typeof data.welcomeMessageMode !== "string"){
const err2 = {instancePath:instancePath+"/welcomeMessageMode",schemaPath:"#/properties/welcomeMessageMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.welcomeMessageInterruptionsEnabled !== undefined){
if(typeof data.welcomeMessageInterruptionsEnabled !== "boolean"){
const err3 = {instancePath:instancePath+"/welcomeMessageInterruptionsEnabled",schemaPath:"#/properties/welcomeMessageInterruptionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.assistantProvider !== undefined){
if(typeof data.assistantProvider !== "string"){
const err4 = {instancePath:instancePath+"/assistantProvider",schemaPath:"#/properties/assistantProvider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.assistantModel !== undefined){
if(typeof data.assistantModel !== "string"){
const err5 = {instancePath:instancePath+"/assistantModel",schemaPath:"#/properties/assistantModel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.assistantLLMUrl !== undefined){
if(typeof data.assistantLLMUrl !== "string"){
const err6 = {instancePath:instancePath+"/assistantLLMUrl",schemaPath:"#/properties/assistantLLMUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.assistantSystemPrompt !== undefined){
if(typeof data.assistantSystemPrompt !== "string"){
const err7 = {instancePath:instancePath+"/assistantSystemPrompt",schemaPath:"#/properties/assistantSystemPrompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.assistantTemperature !== undefined){
let data8 = data.assistantTemperature;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err8 = {instancePath:instancePath+"/assistantTemperature",schemaPath:"#/properties/assistantTemperature/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.assistantMaxTokens !== undefined){
let data9 = data.assistantMaxTokens;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err9 = {instancePath:instancePath+"/assistantMaxTokens",schemaPath:"#/properties/assistantMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.assistantResponseSplitter !== undefined){
if(typeof data.assistantResponseSplitter !== "string"){
const err10 = {instancePath:instancePath+"/assistantResponseSplitter",schemaPath:"#/properties/assistantResponseSplitter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate22(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.hints !== undefined){
let data12 = data.hints;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err11 = {instancePath:instancePath+"/hints/" + i0,schemaPath:"#/properties/hints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/hints",schemaPath:"#/properties/hints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.backgroundSound !== undefined){
if(typeof data.backgroundSound !== "string"){
const err13 = {instancePath:instancePath+"/backgroundSound",schemaPath:"#/properties/backgroundSound/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.backgroundSoundVolume !== undefined){
let data15 = data.backgroundSoundVolume;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err14 = {instancePath:instancePath+"/backgroundSoundVolume",schemaPath:"#/properties/backgroundSoundVolume/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.assistantBackchannelingEnabled !== undefined){
if(typeof data.assistantBackchannelingEnabled !== "boolean"){
const err15 = {instancePath:instancePath+"/assistantBackchannelingEnabled",schemaPath:"#/properties/assistantBackchannelingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dtmfInputEnabled !== undefined){
if(typeof data.dtmfInputEnabled !== "boolean"){
const err16 = {instancePath:instancePath+"/dtmfInputEnabled",schemaPath:"#/properties/dtmfInputEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.maxCallDuration !== undefined){
let data18 = data.maxCallDuration;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err17 = {instancePath:instancePath+"/maxCallDuration",schemaPath:"#/properties/maxCallDuration/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.idleTimeout !== undefined){
let data19 = data.idleTimeout;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err18 = {instancePath:instancePath+"/idleTimeout",schemaPath:"#/properties/idleTimeout/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.maxIdleMessagesInSequence !== undefined){
let data20 = data.maxIdleMessagesInSequence;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err19 = {instancePath:instancePath+"/maxIdleMessagesInSequence",schemaPath:"#/properties/maxIdleMessagesInSequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.startSpeakingOptions !== undefined){
let data21 = data.startSpeakingOptions;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.waitSeconds !== undefined){
let data22 = data21.waitSeconds;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err20 = {instancePath:instancePath+"/startSpeakingOptions/waitSeconds",schemaPath:"StartSpeakingOptions.json/properties/waitSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data21.smartEndpointing !== undefined){
if(typeof data21.smartEndpointing !== "string"){
const err21 = {instancePath:instancePath+"/startSpeakingOptions/smartEndpointing",schemaPath:"StartSpeakingOptions.json/properties/smartEndpointing/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data21.onPunctuationSeconds !== undefined){
let data24 = data21.onPunctuationSeconds;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err22 = {instancePath:instancePath+"/startSpeakingOptions/onPunctuationSeconds",schemaPath:"StartSpeakingOptions.json/properties/onPunctuationSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data21.onNoPunctuationSeconds !== undefined){
let data25 = data21.onNoPunctuationSeconds;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err23 = {instancePath:instancePath+"/startSpeakingOptions/onNoPunctuationSeconds",schemaPath:"StartSpeakingOptions.json/properties/onNoPunctuationSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data21.onNumberSeconds !== undefined){
let data26 = data21.onNumberSeconds;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err24 = {instancePath:instancePath+"/startSpeakingOptions/onNumberSeconds",schemaPath:"StartSpeakingOptions.json/properties/onNumberSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data21.LiveKitBaseValue !== undefined){
let data27 = data21.LiveKitBaseValue;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err25 = {instancePath:instancePath+"/startSpeakingOptions/LiveKitBaseValue",schemaPath:"StartSpeakingOptions.json/properties/LiveKitBaseValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data21.LiveKitScaleValue !== undefined){
let data28 = data21.LiveKitScaleValue;
if(!((typeof data28 == "number") && (isFinite(data28)))){
const err26 = {instancePath:instancePath+"/startSpeakingOptions/LiveKitScaleValue",schemaPath:"StartSpeakingOptions.json/properties/LiveKitScaleValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/startSpeakingOptions",schemaPath:"StartSpeakingOptions.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.stopSpeakingOptions !== undefined){
let data29 = data.stopSpeakingOptions;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.numberOfWords !== undefined){
let data30 = data29.numberOfWords;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err28 = {instancePath:instancePath+"/stopSpeakingOptions/numberOfWords",schemaPath:"StopSpeakingOptions.json/properties/numberOfWords/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data29.voiceSeconds !== undefined){
let data31 = data29.voiceSeconds;
if(!((typeof data31 == "number") && (isFinite(data31)))){
const err29 = {instancePath:instancePath+"/stopSpeakingOptions/voiceSeconds",schemaPath:"StopSpeakingOptions.json/properties/voiceSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/stopSpeakingOptions",schemaPath:"StopSpeakingOptions.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.assistantToolIds !== undefined){
let data32 = data.assistantToolIds;
if(Array.isArray(data32)){
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
if(typeof data32[i1] !== "string"){
const err31 = {instancePath:instancePath+"/assistantToolIds/" + i1,schemaPath:"#/properties/assistantToolIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/assistantToolIds",schemaPath:"#/properties/assistantToolIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.assistantPredefinedTools !== undefined){
let data34 = data.assistantPredefinedTools;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.knowledgeBase !== undefined){
if(typeof data34.knowledgeBase !== "boolean"){
const err33 = {instancePath:instancePath+"/assistantPredefinedTools/knowledgeBase",schemaPath:"AssistantPredefinedTools.json/properties/knowledgeBase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data34.endCall !== undefined){
if(typeof data34.endCall !== "boolean"){
const err34 = {instancePath:instancePath+"/assistantPredefinedTools/endCall",schemaPath:"AssistantPredefinedTools.json/properties/endCall/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data34.appointment !== undefined){
if(typeof data34.appointment !== "boolean"){
const err35 = {instancePath:instancePath+"/assistantPredefinedTools/appointment",schemaPath:"AssistantPredefinedTools.json/properties/appointment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data34.volumeControl !== undefined){
if(typeof data34.volumeControl !== "boolean"){
const err36 = {instancePath:instancePath+"/assistantPredefinedTools/volumeControl",schemaPath:"AssistantPredefinedTools.json/properties/volumeControl/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data34.waitList !== undefined){
if(typeof data34.waitList !== "boolean"){
const err37 = {instancePath:instancePath+"/assistantPredefinedTools/waitList",schemaPath:"AssistantPredefinedTools.json/properties/waitList/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data34.callForward !== undefined){
if(typeof data34.callForward !== "boolean"){
const err38 = {instancePath:instancePath+"/assistantPredefinedTools/callForward",schemaPath:"AssistantPredefinedTools.json/properties/callForward/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/assistantPredefinedTools",schemaPath:"AssistantPredefinedTools.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.assistantKnowledgeBaseIds !== undefined){
let data41 = data.assistantKnowledgeBaseIds;
if(Array.isArray(data41)){
const len2 = data41.length;
for(let i2=0; i2<len2; i2++){
if(typeof data41[i2] !== "string"){
const err40 = {instancePath:instancePath+"/assistantKnowledgeBaseIds/" + i2,schemaPath:"#/properties/assistantKnowledgeBaseIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/assistantKnowledgeBaseIds",schemaPath:"#/properties/assistantKnowledgeBaseIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.endCallMessage !== undefined){
if(typeof data.endCallMessage !== "string"){
const err42 = {instancePath:instancePath+"/endCallMessage",schemaPath:"#/properties/endCallMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.endCallToolDescription !== undefined){
if(typeof data.endCallToolDescription !== "string"){
const err43 = {instancePath:instancePath+"/endCallToolDescription",schemaPath:"#/properties/endCallToolDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.endCallPhrases !== undefined){
let data45 = data.endCallPhrases;
if(Array.isArray(data45)){
const len3 = data45.length;
for(let i3=0; i3<len3; i3++){
if(typeof data45[i3] !== "string"){
const err44 = {instancePath:instancePath+"/endCallPhrases/" + i3,schemaPath:"#/properties/endCallPhrases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/endCallPhrases",schemaPath:"#/properties/endCallPhrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.callForwardData !== undefined){
let data47 = data.callForwardData;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.phoneNumber !== undefined){
if(typeof data47.phoneNumber !== "string"){
const err46 = {instancePath:instancePath+"/callForwardData/phoneNumber",schemaPath:"CallForwardData.json/properties/phoneNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data47.extension !== undefined){
if(typeof data47.extension !== "string"){
const err47 = {instancePath:instancePath+"/callForwardData/extension",schemaPath:"CallForwardData.json/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data47.name !== undefined){
if(typeof data47.name !== "string"){
const err48 = {instancePath:instancePath+"/callForwardData/name",schemaPath:"CallForwardData.json/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/callForwardData",schemaPath:"CallForwardData.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.assistantAnalysis !== undefined){
if(!(validate26(data.assistantAnalysis, {instancePath:instancePath+"/assistantAnalysis",parentData:data,parentDataProperty:"assistantAnalysis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.assistantOverrides !== undefined){
let data52 = data.assistantOverrides;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.welcomeMessage !== undefined){
if(typeof data52.welcomeMessage !== "string"){
const err50 = {instancePath:instancePath+"/assistantOverrides/welcomeMessage",schemaPath:"AssistantOverrides.json/properties/welcomeMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data52.welcomeMessageMode !== undefined){
if(typeof data52.welcomeMessageMode !== "string"){
const err51 = {instancePath:instancePath+"/assistantOverrides/welcomeMessageMode",schemaPath:"AssistantOverrides.json/properties/welcomeMessageMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data52.welcomeMessageInterruptionsEnabled !== undefined){
if(typeof data52.welcomeMessageInterruptionsEnabled !== "boolean"){
const err52 = {instancePath:instancePath+"/assistantOverrides/welcomeMessageInterruptionsEnabled",schemaPath:"AssistantOverrides.json/properties/welcomeMessageInterruptionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data52.recordingEnabled !== undefined){
if(typeof data52.recordingEnabled !== "boolean"){
const err53 = {instancePath:instancePath+"/assistantOverrides/recordingEnabled",schemaPath:"AssistantOverrides.json/properties/recordingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data52.recordingPath !== undefined){
if(typeof data52.recordingPath !== "string"){
const err54 = {instancePath:instancePath+"/assistantOverrides/recordingPath",schemaPath:"AssistantOverrides.json/properties/recordingPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data52.dynamicVariables !== undefined){
let data58 = data52.dynamicVariables;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
}
else {
const err55 = {instancePath:instancePath+"/assistantOverrides/dynamicVariables",schemaPath:"AssistantOverrides.json/properties/dynamicVariables/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/assistantOverrides",schemaPath:"AssistantOverrides.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.assistantServer !== undefined){
let data59 = data.assistantServer;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.url !== undefined){
if(typeof data59.url !== "string"){
const err57 = {instancePath:instancePath+"/assistantServer/url",schemaPath:"AssistantServer.json/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data59.timeoutSeconds !== undefined){
let data61 = data59.timeoutSeconds;
if(!((typeof data61 == "number") && (isFinite(data61)))){
const err58 = {instancePath:instancePath+"/assistantServer/timeoutSeconds",schemaPath:"AssistantServer.json/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data59.secret !== undefined){
if(typeof data59.secret !== "string"){
const err59 = {instancePath:instancePath+"/assistantServer/secret",schemaPath:"AssistantServer.json/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data59.headers !== undefined){
let data63 = data59.headers;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
}
else {
const err60 = {instancePath:instancePath+"/assistantServer/headers",schemaPath:"AssistantServer.json/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data59.enabled !== undefined){
if(typeof data59.enabled !== "boolean"){
const err61 = {instancePath:instancePath+"/assistantServer/enabled",schemaPath:"AssistantServer.json/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data59.messages !== undefined){
let data65 = data59.messages;
if(Array.isArray(data65)){
const len4 = data65.length;
for(let i4=0; i4<len4; i4++){
if(typeof data65[i4] !== "string"){
const err62 = {instancePath:instancePath+"/assistantServer/messages/" + i4,schemaPath:"AssistantServer.json/properties/messages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/assistantServer/messages",schemaPath:"AssistantServer.json/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/assistantServer",schemaPath:"AssistantServer.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"name":true,"welcomeMessage":true,"welcomeMessageMode":true,"welcomeMessageInterruptionsEnabled":true,"assistantProvider":true,"assistantModel":true,"assistantLLMUrl":true,"assistantSystemPrompt":true,"assistantTemperature":true,"assistantMaxTokens":true,"assistantResponseSplitter":true,"config":true,"hints":true,"backgroundSound":true,"backgroundSoundVolume":true,"assistantBackchannelingEnabled":true,"dtmfInputEnabled":true,"maxCallDuration":true,"idleTimeout":true,"maxIdleMessagesInSequence":true,"startSpeakingOptions":true,"stopSpeakingOptions":true,"assistantToolIds":true,"assistantPredefinedTools":true,"assistantKnowledgeBaseIds":true,"endCallMessage":true,"endCallToolDescription":true,"endCallPhrases":true,"callForwardData":true,"assistantAnalysis":true,"assistantOverrides":true,"assistantServer":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="ConnectCallRequest.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.direction === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.phoneNumberId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phoneNumberId"},message:"must have required property '"+"phoneNumberId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.customer === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customer"},message:"must have required property '"+"customer"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.direction !== undefined){
let data0 = data.direction;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/direction",schemaPath:"Direction.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "inbound") || (data0 === "outbound"))){
const err4 = {instancePath:instancePath+"/direction",schemaPath:"Direction.json/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.phoneNumberId !== undefined){
if(typeof data.phoneNumberId !== "string"){
const err5 = {instancePath:instancePath+"/phoneNumberId",schemaPath:"#/properties/phoneNumberId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.customer !== undefined){
let data2 = data.customer;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.number !== undefined){
if(typeof data2.number !== "string"){
const err6 = {instancePath:instancePath+"/customer/number",schemaPath:"Customer.json/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err7 = {instancePath:instancePath+"/customer/name",schemaPath:"Customer.json/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/customer",schemaPath:"Customer.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data5 = data.metadata;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"Metadata.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.assistant !== undefined){
if(!(validate21(data.assistant, {instancePath:instancePath+"/assistant",parentData:data,parentDataProperty:"assistant",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.assistantId !== undefined){
if(typeof data.assistantId !== "string"){
const err10 = {instancePath:instancePath+"/assistantId",schemaPath:"#/properties/assistantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.assistantOverrides !== undefined){
let data8 = data.assistantOverrides;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.welcomeMessage !== undefined){
if(typeof data8.welcomeMessage !== "string"){
const err11 = {instancePath:instancePath+"/assistantOverrides/welcomeMessage",schemaPath:"AssistantOverrides.json/properties/welcomeMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.welcomeMessageMode !== undefined){
if(typeof data8.welcomeMessageMode !== "string"){
const err12 = {instancePath:instancePath+"/assistantOverrides/welcomeMessageMode",schemaPath:"AssistantOverrides.json/properties/welcomeMessageMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.welcomeMessageInterruptionsEnabled !== undefined){
if(typeof data8.welcomeMessageInterruptionsEnabled !== "boolean"){
const err13 = {instancePath:instancePath+"/assistantOverrides/welcomeMessageInterruptionsEnabled",schemaPath:"AssistantOverrides.json/properties/welcomeMessageInterruptionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.recordingEnabled !== undefined){
if(typeof data8.recordingEnabled !== "boolean"){
const err14 = {instancePath:instancePath+"/assistantOverrides/recordingEnabled",schemaPath:"AssistantOverrides.json/properties/recordingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.recordingPath !== undefined){
if(typeof data8.recordingPath !== "string"){
const err15 = {instancePath:instancePath+"/assistantOverrides/recordingPath",schemaPath:"AssistantOverrides.json/properties/recordingPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.dynamicVariables !== undefined){
let data14 = data8.dynamicVariables;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
const err16 = {instancePath:instancePath+"/assistantOverrides/dynamicVariables",schemaPath:"AssistantOverrides.json/properties/dynamicVariables/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/assistantOverrides",schemaPath:"AssistantOverrides.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"direction":true,"phoneNumberId":true,"customer":true,"metadata":true,"assistant":true,"assistantId":true,"assistantOverrides":true},"dynamicProps":false,"dynamicItems":false};

export const validateCall = validate29;
const schema51 = {"type":"object","properties":{"id":{"type":"string"},"teamId":{"type":"string"},"assistantId":{"type":"string"},"phoneNumberId":{"type":"string"},"direction":{"$ref":"Direction.json"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"},"customer":{"$ref":"Customer.json"},"status":{"$ref":"CallStatus.json"},"metadata":{"$ref":"Metadata.json"},"phoneVendor":{"$ref":"PhoneVendor.json"},"phoneVendorDetails":{"$ref":"PhoneVendorDetails.json"},"monitor":{"$ref":"CallMonitor.json"}},"$id":"Call.json"};
const schema54 = {"type":"string","enum":["queued","ongoing","completed","forwarded"],"$id":"CallStatus.json"};
const schema56 = {"type":"string","enum":["twilio","bandwidth"],"$id":"PhoneVendor.json"};
const schema57 = {"type":"object","properties":{"from":{"type":"string"},"to":{"type":"string"},"twiml":{"type":"string"},"responseType":{"type":"string"},"statusCallback":{"type":"string"},"statusCallbackEvent":{"type":"array","items":{"type":"string"}}},"$id":"PhoneVendorDetails.json"};
const schema58 = {"type":"object","properties":{"controlUrl":{"type":"string"}},"$id":"CallMonitor.json"};
const formats0 = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="Call.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
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
if(data.phoneNumberId !== undefined){
if(typeof data.phoneNumberId !== "string"){
const err3 = {instancePath:instancePath+"/phoneNumberId",schemaPath:"#/properties/phoneNumberId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data4 = data.direction;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/direction",schemaPath:"Direction.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data4 === "inbound") || (data4 === "outbound"))){
const err5 = {instancePath:instancePath+"/direction",schemaPath:"Direction.json/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data5 = data.createdAt;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err6 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.updatedAt !== undefined){
let data6 = data.updatedAt;
if(typeof data6 === "string"){
if(!(formats0.test(data6))){
const err8 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.customer !== undefined){
let data7 = data.customer;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.number !== undefined){
if(typeof data7.number !== "string"){
const err10 = {instancePath:instancePath+"/customer/number",schemaPath:"Customer.json/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.name !== undefined){
if(typeof data7.name !== "string"){
const err11 = {instancePath:instancePath+"/customer/name",schemaPath:"Customer.json/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/customer",schemaPath:"Customer.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.status !== undefined){
let data10 = data.status;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/status",schemaPath:"CallStatus.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data10 === "queued") || (data10 === "ongoing")) || (data10 === "completed")) || (data10 === "forwarded"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"CallStatus.json/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.metadata !== undefined){
let data11 = data.metadata;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
}
else {
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"Metadata.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.phoneVendor !== undefined){
let data12 = data.phoneVendor;
if(typeof data12 !== "string"){
const err16 = {instancePath:instancePath+"/phoneVendor",schemaPath:"PhoneVendor.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data12 === "twilio") || (data12 === "bandwidth"))){
const err17 = {instancePath:instancePath+"/phoneVendor",schemaPath:"PhoneVendor.json/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.phoneVendorDetails !== undefined){
let data13 = data.phoneVendorDetails;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.from !== undefined){
if(typeof data13.from !== "string"){
const err18 = {instancePath:instancePath+"/phoneVendorDetails/from",schemaPath:"PhoneVendorDetails.json/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data13.to !== undefined){
if(typeof data13.to !== "string"){
const err19 = {instancePath:instancePath+"/phoneVendorDetails/to",schemaPath:"PhoneVendorDetails.json/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data13.twiml !== undefined){
if(typeof data13.twiml !== "string"){
const err20 = {instancePath:instancePath+"/phoneVendorDetails/twiml",schemaPath:"PhoneVendorDetails.json/properties/twiml/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.responseType !== undefined){
if(typeof data13.responseType !== "string"){
const err21 = {instancePath:instancePath+"/phoneVendorDetails/responseType",schemaPath:"PhoneVendorDetails.json/properties/responseType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data13.statusCallback !== undefined){
if(typeof data13.statusCallback !== "string"){
const err22 = {instancePath:instancePath+"/phoneVendorDetails/statusCallback",schemaPath:"PhoneVendorDetails.json/properties/statusCallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data13.statusCallbackEvent !== undefined){
let data19 = data13.statusCallbackEvent;
if(Array.isArray(data19)){
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
if(typeof data19[i0] !== "string"){
const err23 = {instancePath:instancePath+"/phoneVendorDetails/statusCallbackEvent/" + i0,schemaPath:"PhoneVendorDetails.json/properties/statusCallbackEvent/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/phoneVendorDetails/statusCallbackEvent",schemaPath:"PhoneVendorDetails.json/properties/statusCallbackEvent/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/phoneVendorDetails",schemaPath:"PhoneVendorDetails.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.monitor !== undefined){
let data21 = data.monitor;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.controlUrl !== undefined){
if(typeof data21.controlUrl !== "string"){
const err26 = {instancePath:instancePath+"/monitor/controlUrl",schemaPath:"CallMonitor.json/properties/controlUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/monitor",schemaPath:"CallMonitor.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"id":true,"teamId":true,"assistantId":true,"phoneNumberId":true,"direction":true,"createdAt":true,"updatedAt":true,"customer":true,"status":true,"metadata":true,"phoneVendor":true,"phoneVendorDetails":true,"monitor":true},"dynamicProps":false,"dynamicItems":false};

export const validateProblem = validate30;
const schema59 = {"type":"object","required":["type","title","status"],"properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"},"instance":{"type":"string"},"errors":{"type":"array","items":{"$ref":"FieldError.json"}}},"$id":"Problem.json"};
const schema60 = {"type":"object","required":["pointer","detail"],"properties":{"pointer":{"type":"string"},"detail":{"type":"string"}},"$id":"FieldError.json"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="Problem.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err6 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
const err7 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.errors !== undefined){
let data5 = data.errors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.pointer === undefined){
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"FieldError.json/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.detail === undefined){
const err9 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"FieldError.json/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.pointer !== undefined){
if(typeof data6.pointer !== "string"){
const err10 = {instancePath:instancePath+"/errors/" + i0+"/pointer",schemaPath:"FieldError.json/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.detail !== undefined){
if(typeof data6.detail !== "string"){
const err11 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"FieldError.json/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"FieldError.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"type":true,"title":true,"status":true,"detail":true,"instance":true,"errors":true},"dynamicProps":false,"dynamicItems":false};

// Per-operation names.
export const validateConnectCallResponse200 = validateCall;
export const validateConnectCallResponse400 = validateProblem;
export const validateConnectCallResponse401 = validateProblem;
export const validateConnectCallResponse429 = validateProblem;
export const validateConnectCallResponse500 = validateProblem;
