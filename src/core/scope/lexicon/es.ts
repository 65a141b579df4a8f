import { type Lexicon, prefixes, rx, words } from './types';

const ALSO = '(?:tambien|tb|tmb|ademas)';
const MAKE =
  '(?:agreg|añad|pon|pong|haz|hac|crea|cre|integr|inclu|sum|met|ampli|extend|expand|diseñ|escrib|redact|migr|traduc|necesit|quier|tien|teng|hay q|deberi|arm|mont|configur|prepar|grab|dibuj|program|desarroll)';
const THING =
  '(?:paginas?|seccion\\w*|funcion\\w*|version\\w*|landing\\w*|ilustracion\\w*|banners?|logos?|idiomas?|pestañas?|apartados?|pantallas?|modulos?|articulos?|videos?|plantillas?|formularios?|campos?|productos?|informes?|dashboards?|paneles?|apps?|cosas?|caracteristicas?)';
const APPROVE = '(?:aprob|apruebo|aprueb|liber|libero|cierr|cerr|pag(?!o extra|o \\d)|acept|valid|firm)';
const UNTIL = '(?:hasta|sin|mientras|antes|a menos)';
const COND = '(?:cuando|en cuanto|una vez|despues de|solo si|si|apenas|luego de|hasta q)';

export const es: Lexicon = {
  lang: 'es',
  add: rx([
    `\\b(?:podrias|puedes|podes|podria|puede|podrian|pueden|se podria|me|nos)\\s+(?:\\w+\\s+)?${ALSO}\\b`,
    `\\b${ALSO}\\s+(?:\\w+\\s+)?${MAKE}`,
    `\\b(?:agrega|agregar|agregues|añade|añadir|añadas|haz|hacer|hagas|crea|crear|pon|poner|pongas|integra|integrar|incluye|incluya|incluir|migrar|migra|redacta|redactes|escribe|escribas|diseña|traduce|traducir|suma|sumar|mete|meter)\\w*\\s+(?:\\S+\\s+){0,6}?${ALSO}\\b`,
    `\\buna?\\s+(?:cosa|cosita|cosilla|peticion|funcion|pagina)\\s+mas\\b`,
    `\\botra (?:cosa|cosita|peticion)\\b`,
    `\\bya que (?:estas|esta|andas)\\b`,
    `\\bde paso\\b`,
    `\\b(?:requisitos nuevos|nuevos requisitos|se me ocurrio)\\b`,
    `\\bpodria\\w*\\b[^.]{0,40}?\\btambien\\b`,
    `\\bque tal si\\b`,
    `\\b(?:estaria|seria) (?:genial|bueno|bien|ideal|perfecto|buenisimo) (?:que|si)\\b`,
    `\\bno te olvides de (?:incluir|agregar|añadir|poner|hacer) (?:un|una)\\b`,
    `\\bhay (?:forma|manera|posibilidad) de\\b`,
    `\\bahora\\b[^.]{0,25}?\\b(?:quiere|quieren|necesit\\w+|pide)\\b`,
    `\\bahora (?:tambien )?(?:quiere|quieren|queremos|quiero|necesit\\w+|pide)\\b`,
    `\\b(?:seria posible|es posible|se puede|se podria)\\b[^.]{0,50}?\\b(?:tambien|agreg|añad|inclu|sum|mete|integr)`,
    `\\b(?:queremos|quiero|quisiera|necesito|necesitamos|me gustaria|nos gustaria)\\s+(?:ampliar|sumar|agregar|añadir|integrar|incluir|extender|tener|meter|expandir)\\b`,
    `\\b(?:nos|me) faltaria\\b`,
    `\\baprovecha\\w*\\b`,
    `\\b(?:supon\\w*|pense|crei|asumi|imagine|entendi)\\s+(?:\\S+\\s+){0,4}?(?:inclu\\w*|tambien|venia|tendria)`,
    `\\b${THING}\\s+(?:adicional\\w*|extra|nuev[oa]s?|mas)\\b`,
    `(?<!(?:pago|pagare|doy|dare|pagar) )\\b(?:\\d+|unas?|otr[oa]s?)\\s+(?:\\S+\\s+){0,2}?(?:mas|extra|adicional\\w*)\\b(?! (?:por|para) (?:la|el) (?:entrega|urgencia))`,
    `\\b(?:me olvide|olvide) (?:de )?(?:decir|mencionar|comentar)`,
    `\\bademas del?\\b`,
    `\\bfalta (?:una cosa|algo|un detalle)\\b`,
    `\\b(?:nos )?haria falta\\b`,
    `\\bmi (?:socio|jefe|cliente|equipo) (?:quiere|pide|necesita)`,
    `\\b(?:queremos|quiero|quisiera|necesitamos|necesito|nos gustaria|me gustaria)\\b[^.]{0,60}?\\b(?:tambien|ademas)\\b`,
    `\\b(?:mejor si|estaria bien que|seria bueno que)\\b`,
  ]),
  addWeak: rx([
    `(?:^|[,:;¿(]\\s*|\\b(?:y|porfa|porfavor|por favor|hola|oye|pls|plis)\\s+)(?:agrega|agregale|agreguen|añade|añadan|pon|crea|incluye|integra|haz|hagan|arma|monta)\\b`,
    `\\b(?:puedes|podrias|podes|se podria|podria|podrian|pueden)\\s+(?:\\w+\\s+)?(?:agregar|añadir|crear|hacer|integrar|incluir|poner|diseñar|migrar|traducir|desarrollar|armar|sumar|meter|ampliar)\\b`,
    `\\b(?:quiero|queremos|quisiera|quisieramos|necesito|necesitamos|necesitaria|necesitariamos|nos hace falta|hay q\\w*|quiero q)\\s+(?:que\\s+)?(?:un|una|añadir|agregar|\\d|tambien|mas|poner|hacer|tenga)`,
    `\\bdeberia\\w* (?:tener|funcionar|responder|incluir)`,
  ]),
  addLoose: rx([`\\b(?:puedes|podrias)\\s+(?:hacer|cambiar)\\b`]),
  notAdd: rx([
    `\\bgracias\\b[^.]{0,25}?\\b(?:por|agreg|añad)`,
    `\\b(?:te|le|los|las)\\s+(?:agregue|añadi|sume)\\b`,
    `\\b(?:agregue|añadi|subi|adjunto|adjunte|envie|mande)\\b`,
    `\\b(?:informacion|info|datos|fotos|detalles|archivos|documentos)\\s+(?:\\w+\\s+)?adicional`,
    `\\b(?:como|segun|lo que)\\s+(?:acordamos|hablamos|quedamos|lo acordado|lo hablado|el brief|la propuesta|dijimos)`,
    `\\bacordad[oa]s?\\b`,
    `\\b(?:lista|alcance|propuesta|plan) original\\b`,
    `\\bno (?:agregues|añadas|hagas) nada\\b`,
    `\\bcuanto (?:costaria|cuesta|cobras)\\b`,
    `\\bno (?:quiero|necesito|queremos|necesitamos)\\b`,
    `\\b(?:agregar|añadir|poner) comentarios\\b`,
    `\\b(?:crear|creo|cree|abro|abrir|abrire|agrego|financio)\\s+(?:\\w+\\s+){0,2}?(?:hito|contrato)\\b`,
    `\\bque (?:ya )?(?:hiciste|has hecho)\\b`,
  ]),
  pay: rx([
    `\\b(?:bono|bonus|propina|gratificacion|prima)\\b`,
    `\\b(?:crear|creo|cree|creare|agregue|agrego|agregare|añadi|añado|abrir|abramos|abro|abrire|financie|financio|financiare|hacer|haremos|hago|armo|armare|te mando|te envio)\\s+(?:\\w+\\s+)?(?:un|el|otro|nuevo)?\\s*(?:nuevo\\s+)?(?:hito|milestone|contrato|oferta)`,
    `\\b(?:hito|milestone|contrato)\\s+(?:nuevo|aparte|adicional|extra|separado|\\d+ financiado)`,
    `\\b(?:nuevo|otro)\\s+(?:hito|milestone|contrato)`,
    `\\b(?:te|le)\\s+pago\\s+(?:\\w+\\s+)?(?:\\d|\\$|extra|mas|el tiempo|las horas)`,
    `\\bpago\\s+(?:con gusto|encantad\\w+|el tiempo|las horas|extra)`,
    `\\b(?:aumento|aumentar|aumentare|aumentamos|subo|subir|subire|incremento|incrementar)\\s+(?:el\\s+|tu\\s+)?(?:presupuesto|precio|monto|pago|tarifa)`,
    `\\b\\d+\\s*(?:dolares|usd|euros?|\\$)?\\s*(?:extra|mas|adicionales)\\b`,
    `\\b(?:te|le)\\s+(?:doy|envio|mando|pago|dare)\\s+(?:un\\s+)?(?:bono|extra|\\d|propina)`,
    `\\bcompens`,
    `\\blo cubro\\b|\\b(?:te|lo) (?:pago|cubro) aparte\\b`,
    `\\b(?:agregue|añadi|sume|puse)\\s+\\d+`,
    `\\bpon (?:tu|el) precio\\b`,
  ]),
  notPay: rx([
    `\\bno\\s+(?:voy a\\s+|te\\s+|le\\s+|pienso\\s+)?(?:pagar|pago|pagare)\\b`,
    `\\bsin (?:pago|costo|coste|cargo|cobro) (?:extra|adicional)`,
    `\\bno quiero (?:crear |abrir )?(?:un |otro )?(?:nuevo )?(?:hito|milestone|contrato)`,
    `\\b(?:gratis|incluid[oa])\\b`,
    `\\bno hay (?:bono|pago extra)`,
  ]),
  block: rx([
    `\\bno\\s+(?:te\\s+|le\\s+|lo\\s+|la\\s+|voy a\\s+|pienso\\s+|se\\s+)?${APPROVE}\\w*[^.]{0,80}?\\b${UNTIL}\\b`,
    `\\bno (?:hay|habra) (?:aprobacion|pago|liberacion)\\b`,
    `\\b(?:aprobare|liberare|pagare|cerrare|aprobar|liberar|libero|apruebo|cierro|pago)\\b[^.]{0,60}?\\b${COND}\\b`,
    `\\b(?:pago|hito|dinero|fondos|aprobacion)\\s+(?:\\w+\\s+){0,2}?(?:se libera\\w*|liberar\\w*|se aprueba\\w*|sale)\\b[^.]{0,40}?\\b(?:solo si|cuando|si|una vez|despues)`,
    `\\bprimero\\b[^.]{0,60}?\\b(?:luego|despues|y)\\b[^.]{0,30}?(?:libero|apruebo|pago|liberar|aprobar|cierro)`,
    `\\b(?:mala|negativa|pesima)s?\\s+(?:reseña|resena|valoracion|calificacion|opinion)`,
    `\\b(?:quieres|quiere)\\s+(?:las\\s+)?5 estrellas`,
    `\\bsin\\b[^.]{0,60}\\bno hay (?:aprobacion|pago)`,
    `\\b(?:hasta que|mientras)\\b[^.]{0,80}?\\bno\\s+(?:te\\s+|le\\s+|lo\\s+)?(?:aprob|apruebo|liber|libero|pago|cierro|acepto)`,
    `\\bdepende de (?:que|si)\\b`,
    `\\b(?:aprobacion|pago|hito)\\s+(?:\\w+\\s+){0,2}?(?:queda|quedara|sigue)\\w*[^.]{0,30}?\\bhasta\\b`,
  ]),
  notBlock: rx([`\\b(?:esta noche|mañana|cuando (?:vuelva|llegue|pueda))\\b`, `\\bya (?:aprobe|libere)\\b`]),
  blockExtra: rx([`\\b(?:tambien|ademas|extra|adicional\\w*|nuev[oa]s?|mas)\\b`, `\\b(?:agreg|añad|incluy|pong|hagas tambien)\\w*`]),
  clause: /,|:|;| - | pero | y ademas | y tambien /g,
  stopwords: words(`
    el la los las un una unos unas de del al y o u que q por para con sin en a mi mis tu tus su sus nos me te se le lo
    tambien ademas porfa favor por hola gracias puedes podrias podria se seria agregar agrega añadir añade crear crea hacer
    haz poner pon incluir incluye integrar integra necesito necesitamos quiero queremos quisiera mas otra otro cosa
    cosita nueva nuevo extra adicional pequeña esto eso este esta es son ser va voy hay tener tenga un`),
  generic: prefixes('pagin seccion funcion version sitio web app aplicacion cosa parte opcion pantalla'),
};
