import { type Lexicon, prefixes, rx, words } from './types';

const ALSO = '(?:tambem|tb|tbm|tmb|alem disso)';
const MAKE =
  '(?:adicion|add|coloc|cri|faz|faç|fazer|inclu|acrescent|expand|ampli|estend|integr|bot|poe|por|escrev|redij|traduz|migr|precis|quer|ter|tenh|dev|desenh|grav|prepar|mont|configur|program|desenvolv)';
const THING =
  '(?:paginas?|secao|secoes|funcao|funcoes|funcionalidade\\w*|versao|versoes|landing\\w*|ilustrac\\w*|banners?|logos?|idiomas?|abas?|telas?|modulos?|artigos?|posts?|videos?|templates?|formularios?|campos?|produtos?|relatorios?|paineis|painel|apps?|coisas?)';
const APPROVE = '(?:aprov|libero|liber|encerr|fech|pag(?!o a mais|o \\d|o com)|aceit|finaliz)';
const UNTIL = '(?:ate|sem|enquanto|antes)';
const COND = '(?:quando|assim que|depois que|depois de|so se|se|logo que|apos)';

export const pt: Lexicon = {
  lang: 'pt',
  add: rx([
    `\\b(?:voce|vc|voces|pode|poderia|consegue|da pra|dá pra|podia)\\s+(?:\\w+\\s+)?${ALSO}\\b`,
    `\\b${ALSO}\\s+(?:\\w+\\s+)?${MAKE}`,
    `\\b(?:adiciona|adicionar|adicione|add|coloca|colocar|coloque|cria|criar|crie|faz|fazer|faça|inclui|incluir|inclua|integra|integrar|migrar|escrev\\w*|traduz\\w*|bota)\\s+(?:\\S+\\s+){0,3}?${ALSO}\\b`,
    `\\b(?:so |só )?mais uma (?:coisa|coisinha|pergunta|funcao|pagina|tela)\\b`,
    `\\boutra coisa\\b`,
    `\\bja que (?:voce|vc) (?:esta|ta)\\b`,
    `\\bde quebra\\b`,
    `\\b(?:requisitos novos|novos requisitos|pensei numa coisa|tive uma ideia)\\b`,
    `\\bque tal (?:adicionar|colocar|incluir|criar|se)\\b`,
    `\\bseria (?:otimo|legal|bom|ideal|perfeito|incrivel) (?:se|que|ter)\\b`,
    `\\bnao (?:esquece|esqueça|se esqueça) de (?:incluir|adicionar|colocar|fazer|criar) (?:um|uma)\\b`,
    `\\btem como\\b`,
    `\\bagora\\b[^.]{0,25}?\\b(?:quer|querem|precis\\w+|pediu)\\b`,
    `\\bagora (?:tambem )?(?:quer|querem|queremos|quero|precis\\w+|pediu)\\b`,
    `\\b(?:seria possivel|e possivel|da pra|dá pra)\\b[^.]{0,50}?\\b(?:tambem|adicion|acrescent|inclu|coloc|integr)`,
    `\\b(?:queremos|quero|queria|preciso|precisamos|gostaria|vamos)\\s+(?:de\\s+)?(?:acrescentar|adicionar|incluir|colocar|integrar|expandir|ampliar|estender|ter)\\b`,
    `\\baproveita\\w*\\b`,
    `\\b(?:achei|pensei|imaginei|entendi|supus)\\s+(?:\\S+\\s+){0,4}?(?:inclu\\w*|tambem|vinha|teria)`,
    `\\b${THING}\\s+(?:adicional|adicionais|extra|extras|nova|novas|novo|novos|a mais)\\b`,
    `\\bmais\\s+\\d+\\b`,
    `(?<!(?:pago|pagarei|dou|darei|pagar) )\\b\\d+\\s+(?:\\S+\\s+){0,2}?(?:a mais|extras?|adicionais)\\b(?! pel[ao] (?:entrega|urgencia))`,
    `\\besqueci de (?:falar|dizer|mencionar|comentar)`,
    `\\balem d[oae]s?\\b`,
    `\\bfalta (?:uma coisa|algo|um detalhe)\\b`,
    `\\bmeu (?:socio|chefe|cliente) (?:quer|pediu|precisa)`,
    `\\b(?:queremos|quero|queria|precisamos|preciso|gostaria)\\b[^.]{0,60}?\\b(?:tambem|tb|tbm)\\b`,
    `\\b(?:seria bom|seria legal|queria) (?:ter|que)\\b`,
  ]),
  addWeak: rx([
    `(?:^|[,:;(]\\s*|\\b(?:e|por favor|pfv|pf|oi|ola|pls)\\s+)(?:adiciona|adicione|coloca|coloque|cria|crie|inclui|inclua|integra|faz|faça|bota|poe|add)\\b`,
    `\\b(?:pode|poderia|consegue|da pra|dá pra|podia|voce pode|vc pode)\\s+(?:\\w+\\s+)?(?:adicionar|criar|fazer|integrar|incluir|colocar|desenhar|migrar|traduzir|desenvolver|montar)\\b`,
    `\\b(?:quero|queremos|queria|precisamos|preciso|precisaria|vamos precisar|tem q|tem que)\\s+(?:de\\s+)?(?:um|uma|mais|adicionar|colocar|\\d|tambem|ter|fazer|tenha)`,
    `\\bdeveria\\w* (?:ter|funcionar|responder|incluir)`,
    `\\btem que (?:funcionar|ter|responder)`,
  ]),
  addLoose: rx([`\\b(?:pode|poderia)\\s+(?:fazer|mudar)\\b`]),
  notAdd: rx([
    `\\bobrigad[oa]\\b[^.]{0,25}?\\b(?:por|pela|pelo|adicion)`,
    `\\b(?:te|lhe)\\s+adicionei\\b`,
    `\\b(?:adicionei|subi|anexei|enviei|mandei|segue em anexo|em anexo)\\b`,
    `\\b(?:informac\\w*|info|dados|fotos|detalhes|arquivos|documentos)\\s+adiciona`,
    `\\b(?:conforme|como)\\s+(?:combinado|combinamos|conversamos|falamos|o combinado|acordado|o briefing)`,
    `\\bcombinad[oa]s?\\b`,
    `\\b(?:lista|escopo|proposta|plano) original\\b`,
    `\\bnao (?:adicione|coloque|faça) nada\\b`,
    `\\bquanto (?:custaria|custa|cobra)\\b`,
    `\\bnao (?:quero|preciso|queremos|precisamos)\\b`,
    `\\b(?:adicionar|colocar|por) comentarios\\b`,
    `\\b(?:criar|crio|vou criar|abro|abrir|adiciono|financio)\\s+(?:\\w+\\s+){0,2}?(?:marco|contrato|milestone)\\b`,
    `\\bque (?:voce|vc) (?:ja )?fez\\b`,
  ]),
  pay: rx([
    `\\b(?:bonus|gorjeta|gratificac\\w*|premio)\\b`,
    `\\b(?:criar|crio|criei|vou criar|adicionei|adiciono|abrir|abrimos|vamos abrir|abro|financiei|financio|fazer|faço|crie)\\s+(?:\\w+\\s+)?(?:um|o|outro|novo)?\\s*(?:novo\\s+)?(?:marco|milestone|contrato|proposta)`,
    `\\b(?:marco|milestone|contrato)\\s+(?:novo|separado|adicional|extra|\\d+ financiado)`,
    `\\b(?:novo|outro)\\s+(?:marco|milestone|contrato)`,
    `\\b(?:te|lhe)\\s+pago\\s+(?:\\w+\\s+)?(?:\\d|\\$|extra|mais|a mais|as horas)`,
    `\\bpago\\s+(?:com prazer|as horas|o tempo|a mais|extra)`,
    `\\b(?:aumento|aumentar|aumentarei|subo|subir|vou aumentar)\\s+(?:o\\s+|seu\\s+)?(?:orcamento|preco|valor|pagamento)`,
    `\\b\\d+\\s*(?:dolares|reais|usd|euros?|\\$)?\\s*(?:a mais|extra)\\b`,
    `\\b(?:te|lhe)\\s+(?:dou|envio|mando|pago|darei)\\s+(?:um\\s+)?(?:bonus|extra|\\d|gorjeta)`,
    `\\bcompens`,
    `\\beu cubro\\b`,
    `\\b(?:adicionei|coloquei|somei)\\s+\\d+`,
  ]),
  notPay: rx([
    `\\bnao\\s+(?:vou\\s+|te\\s+|pretendo\\s+)?(?:pagar|pago)\\b`,
    `\\bsem (?:pagamento|custo|cobranca|valor) (?:extra|adicional)`,
    `\\bnao quero (?:criar |abrir )?(?:um |outro )?(?:novo )?(?:marco|milestone|contrato)`,
    `\\b(?:de graça|de graca|gratis|incluid[oa])\\b`,
  ]),
  block: rx([
    `\\bnao\\s+(?:te\\s+|vou\\s+|lhe\\s+)?${APPROVE}\\w*[^.]{0,80}?\\b${UNTIL}\\b`,
    `\\bnao (?:tem|vai ter|havera) (?:aprovacao|pagamento)\\b`,
    `\\b(?:aprovo|libero|pago|encerro|aprovarei|liberarei|vou aprovar|vou liberar)\\b[^.]{0,60}?\\b${COND}\\b`,
    `\\b(?:pagamento|marco|dinheiro|aprovacao)\\s+(?:\\w+\\s+){0,2}?(?:sai|sera liberado|sera aprovado|libera\\w*|so sai)\\b[^.]{0,40}?\\b(?:se|quando|depois)`,
    `\\bprimeiro\\b[^.]{0,60}?\\b(?:depois|entao|e)\\b[^.]{0,30}?(?:libero|aprovo|pago|liberar|aprovar)`,
    `\\b(?:avaliacao|review|nota) (?:ruim|negativa|baixa)`,
    `\\bse quiser\\s+(?:as\\s+)?5 estrelas`,
    `\\bsem (?:pagamento|aprovacao) enquanto\\b`,
    `\\b(?:enquanto|ate que)\\b[^.]{0,80}?\\bnao\\s+(?:te\\s+|vou\\s+)?(?:aprov|libero|liber|pago|encerr|aceit)`,
    `\\bdepende de (?:voce|vc)\\b`,
    `\\b(?:aprovacao|pagamento|marco)\\s+(?:\\w+\\s+){0,2}?(?:fica|ficara)\\w*[^.]{0,30}?\\bate\\b`,
  ]),
  notBlock: rx([`\\b(?:hoje a noite|amanha|quando (?:eu )?(?:voltar|chegar|puder))\\b`, `\\bja (?:aprovei|liberei)\\b`]),
  blockExtra: rx([`\\b(?:tambem|tb|extras?|adicion\\w*|nov[oa]s?|a mais)\\b`, `\\b(?:adicion|coloc|inclu)\\w*`]),
  clause: /,|:|;| - | mas | e tambem | e depois /g,
  stopwords: words(`
    o a os as um uma uns umas de do da dos das e ou que q por para pra com sem em no na nos nas meu minha seu sua te me se
    lhe tambem tb tbm alem disso favor oi ola obrigado pode poderia consegue voce vc adicionar adiciona adicione colocar
    coloca criar cria fazer faz incluir inclui integrar integra preciso precisamos quero queremos queria mais outra outro
    coisa coisinha nova novo extra adicional isso isto esse essa este esta e sao ser vai vou tem ter`),
  generic: prefixes('pagin secao funcao versao site web app aplicativo coisa parte opcao tela'),
};
