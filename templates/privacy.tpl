{{%AUTOESCAPE context="HTML"}}<h1>Kebijakan Privasi</h1>
<p class="prewrap">{{notice:pre_escape}}</p>
<p>Pertanyaan atau permintaan terkait data pribadi Anda: <a href="mailto:{{helpdesk_email}}">{{helpdesk_email}}</a>.</p>
