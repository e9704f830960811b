{{%AUTOESCAPE context="HTML"}}<h1>Bantuan dan Informasi Lebih Lanjut</h1>
<p>{{text}}</p>
<article>
<h2>{{unit}}</h2>
<p>{{parent}}<br>{{address}}</p>
<ul>
<li><strong>Telepon:</strong> {{phone}}</li>
<li><strong>WhatsApp:</strong> <a href="https://wa.me/{{whatsapp}}">{{whatsapp_display}}</a></li>
<li><strong>Email:</strong> <a href="mailto:{{email}}">{{email}}</a></li>
</ul>
</article>
