import { type Lexicon, prefixes, rx, words } from './types';

// Hindi in Devanagari and romanised ("Hinglish") share one lexicon: clients mix both, and
// English product words ("add", "milestone", "approve") in either script.
const BHI_DEV = '(?:भी)';
const MAKE_DEV = '(?:जोड|डाल|बना|चाहिए|कर द|कर दो|कर दीजिए|होना|शामिल|चल|लगा|ऐड|add|आ सकता|हो सकता)';
const MAKE_LAT = '(?:add|ad|nikaal|nikal|nikalo|bana|banao|banado|daal|dal|chahiye|chaiye|chahie|kar do|kr do|kardo|krdo|kar dijiye|kar dena|hona|include|laga|jod|jodo|integrate|set ?up|likh|aa sakta|ho sakta)';

export const hi: Lexicon = {
  lang: 'hi',
  add: rx(
    [
    `\\b(?:changes|revision|badlav)\\s+(?:karte|karti)\\s+(?:raho|rehna|rahenge)\\b`,
    `\\b(?:bahut|zyada|jyada)\\s+(?:kaam|mushkil|complicated)\\s+(?:hoga|hai|ho jayega)\\b[^.]{0,40}?\\b(?:add|daal|bana|laga|jod)`,
      `\\b(?:भी|bhi)\\s+(?:\\S+\\s+){0,1}?(?:ho sakte|ho sakta|ho sakti|mil sakte|mil sakta|mil sakti|rakh sakte|rakh sakta|bana sakte|bana sakta|हो सकत|मिल सकत|रख सकत|बना सकत)\\S*`,
      `\\b(?:agar|अगर)\\b[^.।?]{0,60}?\\b(?:bhi|भी)\\b[^.।?]{0,20}?\\b(?:to|toh|तो)\\e`,
      `\\b\\d+\\s+(?:ki|ke|की|के)\\s+(?:jagah|जगह)\\s+\\d+\\e`,
      `\\b(?:कितना|कितने|kitna|kitne)\\s+(?:\\S+\\s+){0,1}?(?:लेंगे|लोगे|चार्ज|charge|loge|lenge|lagega|लगेगा)\\e`,
      `\\b(?:भी|bhi)\\s+(?:\\S+\\s+){0,1}?(?:देख|संभाल|सँभाल|dekh|sambhal|handle|हैंडल|manage|मैनेज)\\S*`,
      `\\b(?:अब|ab)\\s+(?:\\S+\\s+){0,2}?(?:बनाते|बनाइए|करते हैं|banate|karte hain|shuru)\\e`,
      `${BHI_DEV}\\s+(?:\\S+\\s+){0,1}?${MAKE_DEV}`,
      `\\bएक (?:और|ओर)\\e`,
      `\\b(?:और|ओर) बात\\e`,
      `\\bचीज़? (?:और|ओर)\\e`,
      `\\bके अलावा\\e`,
      `\\bअतिरिक्त\\s+(?:पेज|सेक्शन|फीचर|पन्ना)`,
      `\\b\\d+\\s+(?:और|ओर|एक्स्ट्रा)\\e`,
      `\\bभूल गया\\e`,
      `\\bमुझे लगा (?:था)?\\e`,
      `\\bमैंने सोचा था\\e`,
      `\\bनया\\s+(?:टैब|पेज|फीचर|सेक्शन)`,
      `\\bसाथ में\\e`,
      `\\bअब\\b[^.।]{0,40}?(?:चाहता|चाहते|चाहिए)`,
      `\\bab\\b[^.।]{0,40}?\\b(?:chahta|chahte|chahiye|chaiye)\\e`,
      `\\bbhi\\s+(?:\\S+\\s+){0,1}?${MAKE_LAT}`,
      `\\b(?:ek|1) (?:aur|or)\\e`,
      `\\b(?:aur|or) baat\\e`,
      `\\bcheez (?:aur|or)\\e`,
      `\\bke alawa\\e`,
      `\\b(?:extra|aditional)\\s+(?:page|section|feature|screen)`,
      `\\b\\d+\\s+(?:aur|or|extra)\\s+\\S+`,
      `\\bbhool gaya\\e`,
      `\\bmujhe laga (?:tha)?\\e`,
      `\\bmaine socha tha\\e`,
      `\\bnaya\\s+(?:tab|page|feature|section)`,
      `\\bsaath (?:me|mein)\\e`,
      `\\b(?:kaisa rahega|कैसा रहेगा)\\e`,
      `\\b(?:naye requirements|nayi requirements|idea aaya|आइडिया आया|नई आवश्यकता)`,
    ],

  ),
  addWeak: rx(
    [
      `\\b(?:जोड|जोड़) (?:दीजिए|दो|दें|सकते)`,
      `\\bबना (?:दो|दोगे|दीजिए|सकते|देंगे)`,
      `\\bचाहिए\\e`,
      `\\b(?:add|ad) (?:kar|kr|karo|kardo|krdo|kijiye|karna)\\e`,
      `\\bbana (?:do|doge|dijiye|sakte|denge)\\e`,
      `\\b(?:chahiye|chaiye|chahie)\\e`,
    ],

  ),
  addLoose: rx([`\\b(?:kar sakte|कर सकते)\\e`]),
  notAdd: rx(
    [
      `\\b(?:धन्यवाद|शुक्रिया|thanks|thank you|dhanyavad|shukriya)\\e`,
      `\\b(?:मैंने|maine)\\s+(?:\\S+\\s+){0,6}?(?:दिया|diya|भेजा|bheja|किया|kiya)\\e`,
      `\\b(?:कर दिया|kar diya|kr diya|जोड दिया|add kar diya)\\e`,
      `\\b(?:अतिरिक्त|additional|aditional|extra) (?:जानकारी|info|information|details|jankari)`,
      `\\b(?:जैसा|jaisa) (?:तय|tay|बात|baat)`,
      `\\b(?:कितना|kitna) (?:खर्च|kharch|लगेगा|lagega)`,
    ],

  ),
  pay: rx(
    [
    `\\b(?:wahi|same|utna hi|utni hi)\\s+rate\\b`,
    `\\b(?:alag|naya|new|ek aur)\\s+(?:\\S+\\s+){0,2}?milestone\\s+(?:daal|bana|create|add|kar)\\s*(?:dunga|denge|doongi|dungi)`,
    `\\b(?:thoda|kuch)\\s+extra\\s+(?:bhi\\s+)?(?:bhej|de)\\s*(?:dunga|denge|dungi|doonga)`,
      `\\b(?:कितना|कितने|kitna|kitne)\\s+(?:\\S+\\s+){0,1}?(?:लेंगे|लोगे|चार्ज|charge|loge|lenge)\\e`,
      `\\b(?:कोटेशन|quotation|quote|कोट)\\s+(?:भेज|bhej)`,
      `\\b(?:बोनस|bonus|टिप|इनाम|inaam)\\e`,
      `\\b(?:माइलस्टोन|milestone)\\s+(?:\\S+\\s+){0,2}?(?:बना|जोड|ऐड|add|bana|jod|create|fund)`,
      `\\b(?:नया|naya|new|dusra|दूसरा)\\s+(?:कॉन्ट्रैक्ट|कॉन्ट्रेक्ट|contract|माइलस्टोन|milestone)`,
      `\\b(?:पैसे|paise)\\s+(?:दे|de)\\s+(?:दूंगा|दूँगा|dunga|dungi)`,
      `\\b(?:price|budget|प्राइस|बजट)\\s+(?:\\S+\\s+){0,1}?\\d+\\s*(?:dollar|डॉलर|\\$)?\\s*(?:kar diya|कर दिया)`,
      `\\b(?:बजट|budget)\\s+(?:\\S+\\s+)?(?:बढ़ा|बढा|badha|badhaa|increase)`,
      `\\b(?:एक्स्ट्रा|एक्स्ट्रा|extra|zyada|ज्यादा)\\s+(?:\\S+\\s+)?(?:दूंगा|दूँगा|dunga|dungi|दे दूंगा|de dunga|pay)`,
      `\\b\\d+\\s*(?:डॉलर|dollar|usd|\\$|रुपये|rupees)\\s+(?:एक्स्ट्रा|extra|ज्यादा|zyada|aur)`,
      `\\b(?:milestone|माइलस्टोन|budget|बजट)\\s+(?:\\S+\\s+)?(?:\\$|₹|rs\\.? ?)?\\d[\\d,]*\\s+se\\s+(?:\\$|₹|rs\\.? ?)?\\d[\\d,]*\\s*(?:kar|badha)`,
    ],

  ),
  notPay: rx(
    [
      `\\b(?:नहीं|nahi|nhi)\\s+(?:दूंगा|दूँगा|dunga|dungi)`,
      `\\b(?:पैसे|paise|paisa)\\s+(?:नहीं|nahi|nhi)`,
      `\\b(?:शामिल|included|free|फ्री)\\e`,
    ],

  ),
  block: rx(
    [
    `\\b(?:tab|tabhi|fir|uske baad)\\s+(?:main\\s+)?(?:\\S+\\s+){0,2}?(?:release|approve|aprove|clear|close)\\s*(?:kar|karunga|kar dunga|karta|karke|karungi|karenge)`,
    `\\b(?:payment|approve|aprove|release|approval|milestone)\\s+(?:\\S+\\s+){0,2}?(?:karne|hone)\\s+se\\s+(?:pehle|pahle)\\b`,
    `\\b(?:1|ek|one)\\s*(?:star|स्टार)\\s+(?:review|rating|रिव्यू)`,
      `\\b(?:के बिना|ke bina|bina)\\b[^.।]{0,50}?(?:बंद|close|अप्रूव|approve|रिलीज|release|पेमेंट|payment)\\s+(?:\\S+\\s+)?(?:नहीं|nahi|nhi)`,
      `\\b(?:तक|tak)\\s+(?:\\S+\\s+){0,2}?(?:माइलस्टोन|milestone|पेमेंट|payment|कॉन्ट्रैक्ट|contract)\\s+(?:खुला|open|होल्ड|hold|रुका|ruka)\\s+(?:रहेगा|rahega|रहेगी|rahegi)\\e`,
      `\\b(?:5|पांच|पाँच|paanch|panch) (?:स्टार|star)\\b[^.।]{0,40}?(?:तभी|tabhi|जब|jab)\\e`,
      `\\b(?:approval|payment|अप्रूवल|पेमेंट)\\s+(?:ruka|रुका|hold)`,
      `\\b(?:के बाद|ke baad|ke bad)\\s+(?:ही\\s+|hi\\s+)?(?:\\S+\\s+){0,2}?(?:अप्रूव|approve|रिलीज|release|पेमेंट|payment)`,
      `\\b(?:जब तक|jab tak)\\b[^.।]{0,80}?(?:नहीं|nahi|nhi)\\e`,
      `\\b(?:तभी|tabhi|tab hi)\\s+(?:\\S+\\s+){0,2}?(?:पेमेंट|payment|रिलीज|release|अप्रूव|approve|बंद|close)`,
      `\\b(?:के बिना|ke bina|bina)\\b[^.।]{0,40}?(?:कोई|koi)?\\s*(?:अप्रूवल|approval|पेमेंट|payment)\\s+(?:नहीं|nahi|nhi)`,
      `\\b(?:पहले|pehle|pahle)\\b[^.।]{0,50}?(?:फिर|phir|uske baad|उसके बाद)\\b[^.।]{0,40}?(?:रिलीज|release|अप्रूव|approve|पेमेंट|payment|बंद|close)`,
      `\\b(?:खराब|बुरा|नेगेटिव|kharab|bura|bad|negative)\\s+(?:रिव्यू|review|फीडबैक|feedback|रेटिंग|rating)`,
      `\\b(?:तक|tak)\\s+(?:\\S+\\s+){0,4}?(?:बंद|close|अप्रूव|approve|रिलीज|release)\\s+(?:नहीं|nahi|nhi)`,
      `\\b(?:अप्रूव|approve|रिलीज|release|पेमेंट|payment)\\s+(?:\\S+\\s+){0,3}?(?:नहीं|nahi|nhi)\\s+(?:करूंगा|करूँगा|karunga|karungi|होगा|hoga)`,
      `\\b(?:toh|to|phir|तो|फिर)\\s+(?:main\\s+|मैं\\s+)?(?:\\S+\\s+){0,2}?(?:release|approve|aprove|clear|रिलीज|अप्रूव)\\s*(?:kar|karunga|kar dunga|karta|karke|karungi|karenge|कर)`,
    ],

  ),
  notBlock: rx([`\\b(?:आज रात|कल|aaj raat|kal)\\e(?! (?:tak|तक))`, `\\b(?:कर दिया|kar diya)\\e`]),
  blockExtra: rx([`\\b(?:भी|bhi|एक्स्ट्रा|extra|नया|naya)\\e`, `\\b(?:जोड|add|ऐड)\\S*`, `\\b(?:banta|banti|banega|banegi|ban jaye|ban jata)\\e`]),
  clause: /,|:|;| - | लेकिन | lekin | aur saath | और साथ /g,
  stopwords: words(`
    bhej bhejo bhejna bhejiye dena dedo de dijiye karna karke
    का की के को में पर से और भी है हैं था थी क्या आप हम मैं मुझे हमें एक यह ये वह वो इस उस इसके लिए दो दीजिए
    कर करो सकते सकता चाहिए बना जोड डाल दें प्लीज़ प्लीज साथ तो ही नहीं
    ka ki ke ko me mein pe par se aur bhi hai hain tha thi kya aap hum main mujhe hume humein ek ye yeh wo woh is us
    iske liye do dijiye kar karo kr sakte sakta chahiye bana daal dal pls please saath to hi nahi add doge`),
  generic: prefixes('पेज सेक्शन फीचर वर्जन साइट वेबसाइट ऐप चीज page section feature version site website app cheez'),
};
